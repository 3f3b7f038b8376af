"""A loopback proxy in front of an Elasticsearch-speaking server that refuses a share of bulk items.

Each `_bulk` request is forwarded without the items picked to fail, and the answer gets a 429
(es_rejected_execution_exception) for each of them in its place: the server never saw them,
as when a real cluster's write queue is full. Every other request passes through unchanged.
"""

from __future__ import annotations

import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}


class RefusingProxy:
    def __init__(self, upstream: str, *, share: float, seed: int) -> None:
        self.upstream = upstream.rstrip("/")
        self.share = share
        self.random = random.Random(seed)
        self.refused = 0  # bulk items answered 429 so far
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=60)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> "RefusingProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()

    def _pick(self) -> bool:
        with self._lock:
            return self.random.random() < self.share

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP | {"host"}}
                refused: list[tuple[int, dict]] = []
                if self.path.split("?")[0].endswith("/_bulk") and proxy.share:
                    body, refused = proxy._drop_items(body)
                if refused and not body.strip():
                    answer = {"took": 0, "errors": True, "items": []}
                    status, out_headers = 200, {"Content-Type": "application/json", "X-Elastic-Product": "Elasticsearch"}
                else:
                    response = proxy._client.request(
                        self.command, proxy.upstream + self.path, content=body, headers=headers
                    )
                    status, out_headers = response.status_code, dict(response.headers)
                    answer = response.json() if refused else None
                    payload = response.content
                if refused:
                    items = list(answer["items"])
                    for position, item in refused:  # back in their places, in request order
                        items.insert(position, item)
                    answer["items"], answer["errors"] = items, True
                    payload = json.dumps(answer).encode()
                self.send_response(status)
                for name, value in out_headers.items():
                    if name.lower() not in _HOP_BY_HOP:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

        return Handler

    def _drop_items(self, body: bytes) -> tuple[bytes, list[tuple[int, dict]]]:
        lines = [line for line in body.split(b"\n") if line.strip()]
        kept: list[bytes] = []
        refused: list[tuple[int, dict]] = []
        position = 0
        index = 0
        while index < len(lines):
            action = json.loads(lines[index])
            op, meta = next(iter(action.items()))
            pair = lines[index : index + (1 if op == "delete" else 2)]
            index += len(pair)
            if self._pick():
                error = {"type": "es_rejected_execution_exception", "reason": "refused by the test proxy"}
                refused.append((position, {op: {"_index": meta.get("_index"), "_id": meta.get("_id"),
                                                "status": 429, "error": error}}))  # fmt: skip
                with self._lock:
                    self.refused += 1
            else:
                kept.extend(pair)
            position += 1
        return b"\n".join(kept) + (b"\n" if kept else b""), refused
