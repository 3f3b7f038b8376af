"""A slow-loris server on loopback: it answers one byte at a time, so a read timeout never fires."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Padding: " + b"x" * 200 + b"\r\n\r\n"
BODY = b"<p>slow</p>" * 20  # no Content-Length: the body ends when the connection does


@contextmanager
def dripping_server(*, headers_at_once: bool = False, interval: float = 0.05) -> Iterator[str]:
    """The URL of a server sending its answer a byte every `interval` seconds (some 10 s at the
    default), the headers too unless `headers_at_once`; it stops when the block ends."""
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)

    def drip(connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                if headers_at_once:
                    connection.sendall(HEADERS)
                for byte in (BODY if headers_at_once else HEADERS + BODY):
                    if stop.wait(interval):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:  # the client hung up
                pass

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=drip, args=(connection,), daemon=True).start()

    server = threading.Thread(target=serve, daemon=True)
    server.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow.html"
    finally:
        stop.set()
        server.join()
        listener.close()
