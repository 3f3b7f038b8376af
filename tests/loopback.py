"""Loopback HTTP servers for the fault-injection suite (scripts/chaos.py, tests/test_chaos.py):
a static site and a web hook that records every delivery. Each serves from a thread of the
calling process on 127.0.0.1, so a command killed outright cannot take them down with it."""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client killed mid-request is the point
            super().handle_error(request, client_address)


class LoopbackServer:
    """A ThreadingHTTPServer on a free loopback port, serving while the `with` block runs.
    Subclasses give `handler`, a BaseHTTPRequestHandler class."""

    handler: type[BaseHTTPRequestHandler]

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), self.handler)
        self._server.owner = self  # type: ignore[attr-defined]  # handlers reach their server's state
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class QuietHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def answer(self, status: int, body: bytes, content_type: str = "text/plain", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


class StaticSite(LoopbackServer):
    """Serves `files`: path -> (content type, body); anything else is a 404."""

    def __init__(self, files: dict[str, tuple[str, bytes]]) -> None:
        self.files = files
        super().__init__()

    class handler(QuietHandler):
        def do_GET(self) -> None:
            found = self.server.owner.files.get(self.path)  # type: ignore[attr-defined]
            if found is None:
                self.answer(404, b"not found")
            else:
                self.answer(200, found[1], found[0])


@dataclass(frozen=True, slots=True)
class Delivery:
    key: str | None  # the Idempotency-Key header
    title: str
    message: str
    at: float = 0.0  # time.monotonic() when it was received


class WebhookRecorder(LoopbackServer):
    """A JSON web hook (Apprise's `json://`) that records each POST before answering it, after
    `delay` seconds: a delivery then takes long enough for a kill to land in the middle of it."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        super().__init__()

    def hook_url(self) -> str:
        return self.url.replace("http://", "json://", 1) + "/hook"

    def received(self) -> list[Delivery]:
        with self._lock:
            return list(self.deliveries)

    def forget(self) -> None:
        with self._lock:
            self.deliveries.clear()

    class handler(QuietHandler):
        def do_POST(self) -> None:
            owner = self.server.owner  # type: ignore[attr-defined]
            payload = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            with owner._lock:  # received: from here on the sender may die without knowing
                owner.deliveries.append(Delivery(
                    self.headers.get("Idempotency-Key"), payload.get("title", ""), payload.get("message", ""),
                    time.monotonic(),
                ))  # fmt: skip
            time.sleep(owner.delay)
            self.answer(200, b"{}", "application/json")
