"""Requests the Elasticsearch store makes to commit a batch: how many, of which kind.

Ingests `--articles` generated news pages (bench/corpus.py: a quarter about the unrest,
reposts among them) into a fresh noida-db through a loopback proxy that counts every
request by method and endpoint, in batches of up to `--batch` articles (the runner's first batches are smaller), and prints
the counts per batch and per article. To compare with an older checkout, run it with that checkout first
on PYTHONPATH:

    .venv/bin/python bench/es_requests.py
    PYTHONPATH=/path/to/old/checkout .venv/bin/python bench/es_requests.py

Needs noida-db (the dev extra) and loopback; takes under a minute.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from es_server import NoidaServer  # noqa: E402

from pipeline.run.enrich import enrich  # noqa: E402
from pipeline.run.ingest import ingest_documents  # noqa: E402
from pipeline.models import Document  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.store import open_store  # noqa: E402

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"}
_ENDPOINT = re.compile(r"/(_[a-z_]+)(?:/|$|\?)")


class CountingProxy:
    """Forwards every request to `upstream` and counts it as "METHOD endpoint"."""

    def __init__(self, upstream: str) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        client = httpx.Client(timeout=120)
        counts, lock = self.counts, threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                endpoint = _ENDPOINT.search(self.path)
                with lock:
                    counts[f"{self.command} {endpoint.group(1) if endpoint else '/'}"] += 1
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                answer = client.request(self.command, upstream + self.path, content=body, headers=headers)
                self.send_response(answer.status_code)
                for name, value in answer.headers.items():
                    if name.lower() not in _HOP_BY_HOP:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    pages = corpus.generate(args.articles, 0.25, seed=7)[: args.articles]
    settings = Settings(batch_size=args.batch, workers=1)
    documents = [
        Document(url=f"https://site{page.site}.example/{page.id}", body=corpus.render_page(page), kind="html") for page in pages
    ]
    enriched = [enrich(document, settings) for document in documents]
    with tempfile.TemporaryDirectory() as data:
        server = NoidaServer.start(Path(data))
        proxy = CountingProxy(server.url)
        try:
            by_url = {d.url: article for d, article in zip(documents, enriched)}
            batches = 0

            def enrich_all(batch: list[Document]) -> list:
                nonlocal batches
                batches += 1
                return [by_url[d.url] for d in batch]

            with open_store(proxy.url, settings) as store:
                proxy.counts.clear()  # opening installs templates: not a batch's cost
                ingest_documents(documents, store, settings, enrich_all=enrich_all)
        finally:
            proxy.close()
            server.stop(keep_data=False)
    total = sum(proxy.counts.values())
    print(json.dumps({
        "articles": len(documents), "batches": batches, "requests": total,
        "per_batch": round(total / batches, 1), "per_article": round(total / len(documents), 2),
        "by_endpoint": dict(proxy.counts.most_common()),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
