"""A loopback proxy in front of an Elasticsearch-speaking server that refuses a share of bulk items.

Each `_bulk` request is forwarded without the items picked to fail, and the answer gets a 429
(es_rejected_execution_exception) for each of them in its place: the server never saw them,
as when a real cluster's write queue is full. Every other request passes through unchanged.

With `busy_seconds`, the proxy is also busy for that long from the first `_bulk` request on:
it answers every request whole with 429 and a Retry-After header, as a cluster shedding load
does, and forwards nothing.
"""

from __future__ import annotations

import json
import random
import threading
import time

import httpx
from loopback import LoopbackServer, QuietHandler

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}
_REJECTED = {"type": "es_rejected_execution_exception", "reason": "refused by the test proxy"}


class RefusingProxy(LoopbackServer):
    def __init__(
        self, upstream: str, *, share: float, seed: int, busy_seconds: float = 0.0, retry_after: int = 1
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.share = share
        self.random = random.Random(seed)
        self.refused = 0  # bulk items answered 429 so far
        self.busy_seconds = busy_seconds
        self.retry_after = retry_after
        self.busy_answers = 0  # whole requests answered 429 so far
        self._busy_until: float | None = None  # set by the first bulk request
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=60)
        super().__init__()

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self._client.close()

    def _pick(self) -> bool:
        with self._lock:
            return self.random.random() < self.share

    def _busy(self, path: str) -> bool:
        """Whether to answer this request 429 whole: in the busy spell the first bulk request begins."""
        if not self.busy_seconds:
            return False
        with self._lock:
            if self._busy_until is None and path.split("?")[0].endswith("/_bulk"):
                self._busy_until = time.monotonic() + self.busy_seconds
            busy = self._busy_until is not None and time.monotonic() < self._busy_until
            self.busy_answers += busy
            return busy

    class handler(QuietHandler):
        protocol_version = "HTTP/1.0"  # the answer ends with the connection, as the proxied one's did

        def _forward(self) -> None:
            proxy: RefusingProxy = self.server.owner  # type: ignore[attr-defined]
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if proxy._busy(self.path):
                answer = {"error": {**_REJECTED, "root_cause": [_REJECTED]}, "status": 429}
                self.answer(429, json.dumps(answer).encode(), "application/json",
                            Retry_After=str(proxy.retry_after), X_Elastic_Product="Elasticsearch")  # fmt: skip
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP | {"host"}}
            refused: list[tuple[int, dict]] = []
            if self.path.split("?")[0].endswith("/_bulk") and proxy.share:
                body, refused = proxy._drop_items(body)
            if refused and not body.strip():
                answer = {"took": 0, "errors": True, "items": []}
                status, out_headers = 200, {"Content-Type": "application/json", "X-Elastic-Product": "Elasticsearch"}
            else:
                response = proxy._client.request(self.command, proxy.upstream + self.path, content=body, headers=headers)
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
                refused.append((position, {op: {"_index": meta.get("_index"), "_id": meta.get("_id"),
                                                "status": 429, "error": _REJECTED}}))  # fmt: skip
                with self._lock:
                    self.refused += 1
            else:
                kept.extend(pair)
            position += 1
        return b"\n".join(kept) + (b"\n" if kept else b""), refused
