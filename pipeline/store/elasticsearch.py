"""The production store: Elasticsearch, one shared state for every worker, searched in Kibana.

Six indices, each written through an alias `{prefix}-{name}` that points at
`{prefix}-{name}-000001`, so an index can be rolled over (ILM) or rebuilt and swapped
behind newsmon's back:

    articles      one document per article: everything in `Article`, band keys as keyword terms
    claims        one document per figure claim, dated and attributed by its article
    alerts        one document per alert, `_id` = the alert key
    feeds         the watch list and each feed's conditional-GET state
    series-highs  the highest value per (metric, subject)
    deadletter    documents the server rejected, kept whole for `replay_dead_letters()`
    outbox        a batch's writes, recorded whole before they are applied (see `flush`)

Opening the store installs the hand-written index templates shipped in `es_templates/`,
the ILM policy where the server has ILM, and the first index behind each alias; all of it
is idempotent. Writes are buffered and sent by `flush()` with `helpers.streaming_bulk`
under deterministic `_id`s, so a retry or a re-run never duplicates. Reads consult the
buffer first, so a batch deduplicates against its own unflushed articles; `flush()`
refreshes what it wrote, so every worker then sees the same dedup state.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import unquote, urlsplit, urlunsplit

from elasticsearch import (
    ApiError,
    AuthorizationException,
    BadRequestError,
    Elasticsearch,
    NotFoundError,
    TransportError,
    helpers,
)

from pipeline.models import Alert, Article, Claim, outlet_of, stable_id, utc_now
from pipeline.settings import Settings
from pipeline.stages.alerts import series_subject
from pipeline.store.base import (
    NEAR_DUPLICATE_CANDIDATES,
    ClosingStore,
    Feed,
    NearDuplicateCandidate,
    MATCH_END,
    MATCH_START,
    SearchHit,
    SearchQuery,
    SeriesHigh,
    StoreError,
    StoredClaim,
    iter_chunks,
)

log = logging.getLogger(__name__)

INDICES = ("articles", "claims", "alerts", "feeds", "series-highs", "deadletter", "outbox")
ROLLED_OVER = ("articles", "claims")  # they grow with every run; the ILM policy rolls them over

# The cluster is busy or failing, not the document: worth another try.
_RETRY_STATUSES = (429, 500, 502, 503, 504)
_MAX_BACKOFF = 60.0  # seconds

# Title hits count ten times a body hit, as in the SQLite store.
_SEARCH_FIELDS = ("title^10", "title.en^10", "title.ru^10", "text", "text.en", "text.ru")
_SNIPPET_CHARS = 160

Document = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A document the server rejected: which one, where it was going, and why."""

    id: str
    index: str  # the alias it was written to
    status: int
    error: str

    def __str__(self) -> str:
        return f"{self.index}/{self.id} rejected ({self.status}): {self.error}"


def _naming_the_store(method: Callable) -> Callable:
    """Client errors become a StoreError that names the store (never its credentials)."""

    @functools.wraps(method)
    def wrapper(self: "ElasticsearchStore", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except ApiError as exc:
            raise StoreError(f"{self.url}: Elasticsearch refused the request: {exc}") from exc
        except TransportError as exc:
            raise StoreError(f"{self.url}: cannot reach Elasticsearch: {exc}") from exc

    return wrapper


class ElasticsearchStore(ClosingStore):
    """The store on an Elasticsearch cluster (`http(s)://[user:password@]host:port`)."""

    def __init__(self, url: str, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        parts = urlsplit(url)
        if not parts.hostname:
            raise StoreError(f"{url}: expected http(s)://HOST:PORT")
        self.url = urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))
        self.prefix = self.settings.es_index_prefix
        self.dead_letters: list[DeadLetter] = []  # rejected since this store was opened
        # Unflushed writes in write order, (alias, _id) -> bulk action; a delete has no _source.
        self._pending: dict[tuple[str, str], Document] = {}
        # Articles written since the last flush -> their claim ids; their other claims go.
        self._claim_ids: dict[str, list[str]] = {}
        # Outbox records this store wrote whose writes are not all applied yet.
        self._unfinished: list[str] = []
        self._es = _client(url, self.url, self.settings)
        try:
            self._install()
            self._apply_unfinished_batches()
        except StoreError:
            self._es.close()
            raise

    def alias(self, name: str) -> str:
        """The alias newsmon reads and writes index `name` (one of INDICES) through."""
        return f"{self.prefix}-{name}"

    # lifecycle

    @_naming_the_store
    def _install(self) -> None:
        self._es.info()  # fails fast, and clearly, when the cluster is down or the login wrong
        try:
            self._install_templates()
        except AuthorizationException as exc:
            # A least-privilege login (an Airflow worker's) may write but not manage
            # templates: fine, once `newsmon store init` has run with an admin's login.
            missing = [self.alias(n) for n in INDICES if not self._es.indices.exists_alias(name=self.alias(n))]
            if missing:
                raise StoreError(
                    f"{self.url}: {', '.join(missing)} missing, and this login may not create them "
                    f"({exc}); run `newsmon store init` with an administrator's login first"
                ) from exc
            log.info("%s: templates not reinstalled, this login may not (%s)", self.url, exc)

    def _install_templates(self) -> None:
        policy = self._install_lifecycle_policy()
        shared = f"{self.prefix}-settings"
        body = _template("settings")
        self._es.cluster.put_component_template(
            name=shared, template=body["template"], version=body["version"], meta=body["_meta"]
        )
        for name in INDICES:
            alias = self.alias(name)
            body = _template(name)
            template = body["template"]
            if policy and name in ROLLED_OVER:
                lifecycle = {"name": policy, "rollover_alias": alias}
                template = {**template, "settings": {"index": {"lifecycle": lifecycle}}}
            self._es.indices.put_index_template(
                name=alias, index_patterns=[f"{alias}-*"], composed_of=[shared], template=template,
                priority=body["priority"], version=body["version"], meta=body["_meta"],
            )  # fmt: skip
            if not self._es.indices.exists_alias(name=alias):
                self._create_first_index(alias)
            else:
                # Indices made by an older newsmon get the fields added since (additive only).
                mappings = template["mappings"]
                self._es.indices.put_mapping(
                    index=alias, dynamic=mappings["dynamic"], properties=mappings["properties"]
                )

    def _install_lifecycle_policy(self) -> str | None:
        """The ILM policy's name; None where the server has no ILM (serverless, noida-db)."""
        try:
            self._es.ilm.get_status()
        except AuthorizationException:
            raise  # ILM is there, this login may not manage it
        except ApiError as exc:
            log.info("%s: no index lifecycle management (%s); indices will not roll over", self.url, exc)
            return None
        name = f"{self.prefix}-rollover"
        try:
            self._es.ilm.get_lifecycle(name=name)
        except NotFoundError:
            # Only when missing: operators tune the policy (retention, phases) in Kibana.
            self._es.ilm.put_lifecycle(name=name, policy=_template("ilm-policy"))
        return name

    def _create_first_index(self, alias: str) -> None:
        try:
            self._es.indices.create(index=f"{alias}-000001", aliases={alias: {"is_write_index": True}})
        except BadRequestError as exc:
            if exc.message != "resource_already_exists_exception":  # another worker was first
                raise

    @_naming_the_store
    def flush(self) -> None:
        """Send every buffered write, refresh, and keep what the server rejects.

        A batch (a flush that writes articles) is applied as a unit: its writes are first
        recorded whole in the outbox, one document the server takes or refuses at once, then
        applied, then the record is deleted. When some writes still fail after the retries,
        they stay buffered and StoreError says so; the record stays too, and the next store
        opened on the cluster applies it again before anything else, so a batch's articles
        never stand without their claims, nor an alert without its series high. Every write
        is idempotent, so applying a record twice changes nothing. A document the server
        rejects (a mapping error) goes to the dead letter and `dead_letters`.
        """
        if not self._pending:
            return
        if any(alias == self.alias("articles") for alias, _ in self._pending):
            self._unfinished.append(self._record_batch())
        self._apply_and_finish()

    def _apply_and_finish(self) -> None:
        self._apply_pending()
        if self._unfinished:
            # Everything buffered is applied, the writes of earlier failed flushes included.
            helpers.bulk(self._es, ({"_op_type": "delete", "_index": self.alias("outbox"), "_id": record}
                                    for record in self._unfinished), raise_on_error=False)  # fmt: skip
            self._unfinished.clear()

    def _record_batch(self) -> str:
        record = {
            "created_at": utc_now(),
            "actions": [
                {"op": action["_op_type"], "index": alias, "id": doc_id, "source": action.get("_source")}
                for (alias, doc_id), action in self._pending.items()
            ],
            "claims_of": self._claim_ids,
        }
        record_id = stable_id("outbox", json.dumps(record, sort_keys=True, ensure_ascii=False, default=str))
        # Refreshed at once: a store opened after a crash must find it.
        self._es.index(index=self.alias("outbox"), id=record_id, document=record, refresh=True)
        return record_id

    @_naming_the_store
    def _apply_unfinished_batches(self) -> None:
        """Apply again the batches a store recorded but could not apply in full (see `flush`)."""
        records = [
            (hit["_id"], hit["_source"])
            for hit in helpers.scan(self._es, index=self.alias("outbox"), query={"query": {"match_all": {}}})
        ]
        for record_id, record in sorted(records, key=lambda pair: pair[1]["created_at"]):
            log.warning("%s: applying batch %s again (recorded %s)", self.url, record_id, record["created_at"])
            for action in record["actions"]:
                self._stage(action["index"], action["id"], action["source"], op=action["op"])
            self._claim_ids.update(record["claims_of"])
            self._unfinished.append(record_id)
            self._apply_and_finish()

    def _apply_pending(self) -> None:
        written = list(dict.fromkeys(alias for alias, _ in self._pending))
        rejected: list[tuple[str, Document, Document]] = []
        unwritten: list[str] = []
        for alias in written:
            actions = [action for (a, _), action in self._pending.items() if a == alias]
            if alias in {self.alias(name) for name in ROLLED_OVER}:
                self._aim_at_stored_copies(alias, actions)
            if alias == self.alias("series-highs"):
                actions = [_only_if_higher(action) for action in actions]
            for ok, item in helpers.streaming_bulk(
                self._es, actions, raise_on_error=False, max_retries=self.settings.es_max_retries,
                initial_backoff=self.settings.es_initial_backoff, max_backoff=_MAX_BACKOFF,
                retry_on_status=_RETRY_STATUSES,
            ):  # fmt: skip
                op, result = next(iter(item.items()))
                status = result.get("status", 500)
                # An alert already stored (create -> 409) or a feed already gone (delete -> 404) is done.
                done = ok or (op, status) in {("create", 409), ("delete", 404)}
                if not done and status in _RETRY_STATUSES:
                    unwritten.append(f"{alias}/{result['_id']} ({status})")
                    continue
                action = self._pending.pop((alias, result["_id"]))
                if not done:
                    rejected.append((alias, action, result))
        if rejected:
            self._keep_dead_letters(rejected)
        self._es.indices.refresh(index=written)
        if unwritten:
            raise StoreError(
                f"{self.url}: {len(unwritten)} document(s) not written after {self.settings.es_max_retries} "
                f"retries: {', '.join(unwritten[:5])}; the batch is kept in the outbox ({self.alias('outbox')}) "
                "and applied in full when the store is next opened"
            )
        self._drop_stale_claims()

    def discard(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._es.close()

    # articles

    @_naming_the_store
    def put_articles(self, articles: Sequence[Article]) -> None:
        claims = self.alias("claims")
        for article in articles:
            self._stage(self.alias("articles"), article.id, article_document(article, self._story_title(article)))
            self._claim_ids[article.id] = []
            for claim_id, document in claim_documents(article):
                self._stage(claims, claim_id, document)
                self._claim_ids[article.id].append(claim_id)

    def _story_title(self, article: Article) -> str:
        """The title of the story a repost copies (its cluster's first article), for Kibana."""
        if article.duplicate_of is None or not article.cluster_id or article.cluster_id == article.id:
            return article.title
        first = self._get(self.alias("articles"), article.cluster_id)
        return first["title"] if first else article.title

    @_naming_the_store
    def get_article(self, article_id: str) -> Article | None:
        document = self._get(self.alias("articles"), article_id)
        if document is None:
            return None
        alerts = self._find(
            self.alias("alerts"), {"term": {"article_id": article_id}}, sort=("created_at", "key"),
            matches=lambda d: d["article_id"] == article_id,
        )  # fmt: skip
        return article_from_document(document, [Alert.from_dict(a) for a in alerts])

    @_naming_the_store
    def content_hashes_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        return {d["id"]: d["content_hash"] for d in self._articles_with("id", article_ids, ("id", "content_hash"))}

    @_naming_the_store
    def known_urls(self, urls: Sequence[str]) -> dict[str, str | None]:
        return {d["url"]: d.get("published") for d in self._articles_with("url", urls, ("url", "published"))}

    @_naming_the_store
    def find_by_content_hashes(self, content_hashes: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for document in self._articles_with("content_hash", content_hashes, ("id", "content_hash"), sort=("fetched_at", "id")):
            found.setdefault(document["content_hash"], document["id"])  # the first stored
        return found

    def _articles_with(
        self, field: str, values: Sequence[str], fields: Sequence[str], sort: Sequence[str] = ()
    ) -> list[Document]:
        """The articles (stored or unflushed) whose `field` is one of `values`: a batch's lookup."""
        found: list[Document] = []
        for chunk in iter_chunks(dict.fromkeys(values), 1000):
            wanted = set(chunk)
            found += self._find(
                self.alias("articles"), {"terms": {field: chunk}}, sort=sort, fields=fields,
                matches=lambda d, wanted=wanted: d[field] in wanted,
            )  # fmt: skip
        return found

    @_naming_the_store
    def find_near_duplicates(self, band_keys: Sequence[str]) -> list[NearDuplicateCandidate]:
        """The articles sharing the most band keys first (the likeliest copies), at most
        NEAR_DUPLICATE_CANDIDATES of them, as the SQLite store ranks them."""
        if not band_keys:
            return []
        keys = set(band_keys)
        alias = self.alias("articles")
        unflushed = self._unflushed(alias)
        # Each shared key scores 1, so a document's score is the number of keys it shares.
        shared = {"bool": {
            "should": [{"constant_score": {"filter": {"term": {"band_keys": key}}}} for key in sorted(keys)],
            "minimum_should_match": 1,
        }}  # fmt: skip
        hits = self._es.search(
            index=alias, query=_excluding(shared, unflushed), sort=["_score", {"id": "asc"}],
            size=NEAR_DUPLICATE_CANDIDATES, source=["id", "cluster_id", "minhash"],
        )["hits"]["hits"]  # fmt: skip
        ranked = [(hit["_score"], hit["_source"]) for hit in hits]
        for document in unflushed.values():
            if document is not None and not keys.isdisjoint(document["band_keys"]):
                ranked.append((len(keys.intersection(document["band_keys"])), document))
        ranked.sort(key=lambda pair: (-pair[0], pair[1]["id"]))
        return [
            NearDuplicateCandidate(
                article_id=d["id"], cluster_id=d["cluster_id"], minhash=base64.b64decode(d["minhash"])
            )
            for _, d in ranked[:NEAR_DUPLICATE_CANDIDATES]
        ]

    @_naming_the_store
    def count_articles(self) -> int:
        return self._count(self.alias("articles"), {"match_all": {}}, lambda d: True)

    @_naming_the_store
    def cluster_size(self, cluster_id: str) -> int:
        return self._count(
            self.alias("articles"), {"term": {"cluster_id": cluster_id}}, lambda d: d["cluster_id"] == cluster_id
        )

    # search

    @_naming_the_store
    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Every word must match (title or text, stemmed for English and Russian)."""
        if query.matches_nothing:
            return []
        self.flush()  # only the server can rank documents: send it this store's writes first
        words = query.words
        must = [{"multi_match": {"query": word, "fields": list(_SEARCH_FIELDS)}} for word in words]
        filters: list[Document] = []
        if query.language:
            filters.append({"term": {"language": query.language}})
        if query.relevant is not None:
            filters.append({"term": {"relevant": query.relevant}})
        bounds = {op: value for op, value in (("gte", query.since), ("lte", query.until)) if value}
        if bounds:
            filters.append({"range": {"published": bounds}})  # a date-only `lte` covers that whole day
        must_not = [] if query.include_duplicates else [{"exists": {"field": "duplicate_of"}}]
        if words and query.sort == "relevance":
            sort: list[Any] = ["_score", {"id": "asc"}]
        else:
            sort = [{"published": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
        response = self._es.search(
            index=self.alias("articles"),
            query={"bool": {"must": must, "filter": filters, "must_not": must_not}},
            sort=sort, size=query.limit, track_scores=bool(words),
            source_excludes=["minhash", "band_keys", "figures"],
            highlight={
                "pre_tags": [MATCH_START], "post_tags": [MATCH_END], "number_of_fragments": 1,
                "fragment_size": _SNIPPET_CHARS, "fields": {"text": {}, "text.en": {}, "text.ru": {}},
            },
        )  # fmt: skip
        hits = response["hits"]["hits"]
        copies = self._cluster_sizes({hit["_source"]["cluster_id"] for hit in hits})
        return [
            SearchHit(
                id=hit["_id"], url=doc["url"], title=doc["title"], source=doc["source"],
                published=doc["published"], language=doc["language"], relevant=doc["relevant"],
                cluster_id=doc["cluster_id"], copies=copies.get(doc["cluster_id"], 1),
                score=float(hit["_score"] or 0.0), snippet=_snippet(hit),
            )
            for hit in hits
            for doc in [hit["_source"]]
        ]  # fmt: skip

    def _cluster_sizes(self, cluster_ids: set[str]) -> dict[str, int]:
        if not cluster_ids:
            return {}
        response = self._es.search(
            index=self.alias("articles"), size=0, query={"terms": {"cluster_id": sorted(cluster_ids)}},
            aggs={"copies": {"terms": {"field": "cluster_id", "size": len(cluster_ids)}}},
        )  # fmt: skip
        return {b["key"]: b["doc_count"] for b in response["aggregations"]["copies"]["buckets"]}

    # feeds

    @_naming_the_store
    def add_feed(self, url: str, name: str | None = None) -> bool:
        feed = self.get_feed(url) or Feed(url=url, watched=False)
        if feed.watched:
            return False
        watched = dataclasses.replace(feed, watched=True, name=name or feed.name)
        self._stage(self.alias("feeds"), _feed_id(url), dataclasses.asdict(watched))
        return True

    @_naming_the_store
    def remove_feed(self, url: str) -> bool:
        if self.get_feed(url) is None:
            return False
        self._stage(self.alias("feeds"), _feed_id(url), None, op="delete")
        return True

    @_naming_the_store
    def list_feeds(self) -> list[Feed]:
        documents = self._find(
            self.alias("feeds"), {"term": {"watched": True}}, sort=("url",), matches=lambda d: d["watched"]
        )
        return [Feed(**d) for d in documents]

    @_naming_the_store
    def get_feed(self, url: str) -> Feed | None:
        document = self._get(self.alias("feeds"), _feed_id(url))
        return Feed(**document) if document else None

    @_naming_the_store
    def update_feed(self, feed: Feed) -> None:
        known = self.get_feed(feed.url)
        stored = dataclasses.replace(
            feed,
            watched=known.watched if known else False,
            name=feed.name or (known.name if known else None),
        )
        self._stage(self.alias("feeds"), _feed_id(feed.url), dataclasses.asdict(stored))

    # alert state

    @_naming_the_store
    def get_series_high(self, metric: str, subject: str | None) -> SeriesHigh | None:
        document = self._get(self.alias("series-highs"), _series_id(metric, subject))
        return SeriesHigh(**document) if document else None

    def put_series_high(self, high: SeriesHigh) -> None:
        self._stage(self.alias("series-highs"), _series_id(high.metric, high.subject), dataclasses.asdict(high))

    @_naming_the_store
    def list_claims(self, metric: str | None = None) -> list[StoredClaim]:
        wanted: list[Document] = [{"term": {"relevant": True}}]
        if metric is not None:
            wanted.append({"term": {"metric": metric}})
        documents = self._find(
            self.alias("claims"), {"bool": {"filter": wanted}}, sort=("published", "article_id"),
            matches=lambda d: d["relevant"] and metric in (None, d["metric"]),
        )  # fmt: skip
        return [stored_claim(d) for d in documents]

    @_naming_the_store
    def put_alert(self, alert: Alert) -> bool:
        alias = self.alias("alerts")
        if self._get(alias, alert.key) is not None:
            return False
        # `create`, not `index`: a worker racing this one cannot overwrite the first copy.
        self._stage(alias, alert.key, alert.to_dict(), op="create")
        return True

    @_naming_the_store
    def update_alert(self, alert: Alert) -> None:
        alias = self.alias("alerts")
        if self._get(alias, alert.key) is None:
            return  # like an SQL UPDATE: nothing stored under that key, nothing to change
        op = self._pending.get((alias, alert.key), {}).get("_op_type", "index")
        self._stage(alias, alert.key, alert.to_dict(), op=op)

    @_naming_the_store
    def claim_alert(self, key: str, *, now: float, until: float) -> Alert | None:
        self.flush()  # the alert must be on the server to be claimed there
        # One document's update is atomic: of two senders, one gets "updated", the other "noop".
        try:
            result = self._es.update(
                index=self.alias("alerts"), id=key, refresh=True,
                script={"source": _CLAIM_ALERT, "params": {"now": now, "until": until}},
            )  # fmt: skip
        except NotFoundError:
            return None
        if result["result"] != "updated":
            return None
        document = self._get(self.alias("alerts"), key)
        return Alert.from_dict(document) if document else None

    @_naming_the_store
    def list_alerts(self, *, pending_only: bool = False, limit: int | None = None) -> list[Alert]:
        undelivered = {"bool": {"must_not": {"term": {"status": "delivered"}}}}
        documents = self._find(
            self.alias("alerts"), undelivered if pending_only else {"match_all": {}}, sort=("created_at", "key"),
            matches=lambda d: not pending_only or d["status"] != "delivered", limit=limit,
        )  # fmt: skip
        return [Alert.from_dict(d) for d in documents]

    # dead letters

    @_naming_the_store
    def replay_dead_letters(self) -> int:
        """Send every dead-lettered document again, e.g. after fixing it in the dead-letter
        index or widening a mapping. Returns how many the server took; the others stay
        dead-lettered, with the new error."""
        self.flush()
        deadletter = self.alias("deadletter")
        letters = [
            (hit["_id"], hit["_source"])
            for hit in helpers.scan(self._es, index=deadletter, query={"query": {"match_all": {}}})
        ]
        for _, letter in letters:
            self._stage(letter["index"], letter["id"], letter["document"], op=letter["op"])
        before = len(self.dead_letters)
        self.flush()
        again = {(d.index, d.id) for d in self.dead_letters[before:]}
        taken = [letter_id for letter_id, letter in letters if (letter["index"], letter["id"]) not in again]
        deletes = ({"_op_type": "delete", "_index": deadletter, "_id": letter_id} for letter_id in taken)
        helpers.bulk(self._es, deletes, raise_on_error=False)
        self._es.indices.refresh(index=deadletter)
        return len(taken)

    def _keep_dead_letters(self, rejected: list[tuple[str, Document, Document]]) -> None:
        deadletter = self.alias("deadletter")
        letters: list[Document] = []
        for alias, action, result in rejected:
            error = result.get("error") or {}
            letter = DeadLetter(
                id=action["_id"], index=alias, status=result.get("status", 0),
                error=f"{error.get('type')}: {error.get('reason')}",
            )  # fmt: skip
            self.dead_letters.append(letter)
            log.warning("%s: %s; kept in %s for replay", self.url, letter, deadletter)
            source = {
                "id": letter.id, "index": alias, "op": action["_op_type"], "status": letter.status,
                "error_type": error.get("type"), "reason": error.get("reason"), "failed_at": utc_now(),
                "document": action.get("_source"),
            }  # fmt: skip
            letter_id = stable_id("deadletter", alias, letter.id)  # a document rejected again replaces its letter
            letters.append({"_op_type": "index", "_index": deadletter, "_id": letter_id, "_source": source})
        try:
            unsaved = {
                next(iter(item.values()))["_id"]
                for ok, item in helpers.streaming_bulk(self._es, letters, raise_on_error=False)
                if not ok
            }
        except (ApiError, TransportError) as exc:
            log.error("%s: cannot write the dead letter %s: %s", self.url, deadletter, exc)
            unsaved = {letter["_id"] for letter in letters}
        if unsaved:
            self._append_to_file([letter["_source"] for letter in letters if letter["_id"] in unsaved])
        else:
            self._es.indices.refresh(index=deadletter)

    def _append_to_file(self, letters: list[Document]) -> None:
        path = Path(self.settings.es_deadletter_file)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            for letter in letters:
                out.write(json.dumps(letter, ensure_ascii=False) + "\n")
        log.error("%s: %d rejected document(s) appended to %s for replay", self.url, len(letters), path)

    # the buffer, and reads that see it

    def _stage(self, alias: str, doc_id: str, source: Document | None, op: str = "index") -> None:
        action = {"_op_type": op, "_index": alias, "_id": doc_id}
        self._pending[(alias, doc_id)] = action if op == "delete" else {**action, "_source": source}

    def _unflushed(self, alias: str) -> dict[str, Document | None]:
        return {doc_id: action.get("_source") for (a, doc_id), action in self._pending.items() if a == alias}

    def _get(self, alias: str, doc_id: str) -> Document | None:
        action = self._pending.get((alias, doc_id))
        if action is not None:
            return action.get("_source")
        # A search, not a GET: after a rollover the alias spans several indices.
        hits = self._es.search(index=alias, query={"ids": {"values": [doc_id]}}, size=1)["hits"]["hits"]
        return hits[0]["_source"] if hits else None

    def _find(
        self,
        alias: str,
        query: Document,
        *,
        matches: Callable[[Document], bool],
        sort: Sequence[str] = (),
        limit: int | None = None,
        fields: Sequence[str] | None = None,
    ) -> list[Document]:
        """Documents matching `query` (`matches` says the same of an unflushed one), stored
        ones with this store's unflushed writes in their place, ascending by `sort`."""
        unflushed = self._unflushed(alias)
        stored_query = _excluding(query, unflushed)
        es_sort = [{field: {"order": "asc", "missing": "_first"}} for field in sort]
        source: Any = [*fields, *sort] if fields else True
        if limit is None:
            body = {"query": stored_query, "sort": es_sort, "_source": source}
            hits: Iterable[Document] = helpers.scan(self._es, index=alias, query=body, preserve_order=bool(sort))
        else:
            response = self._es.search(index=alias, query=stored_query, sort=es_sort, size=limit, source=source)
            hits = response["hits"]["hits"]
        documents = [hit["_source"] for hit in hits]
        documents += [d for d in unflushed.values() if d is not None and matches(d)]
        documents.sort(key=lambda d: tuple((d.get(f) is not None, d.get(f) or "") for f in sort))
        return documents[:limit]

    def _count(self, alias: str, query: Document, matches: Callable[[Document], bool]) -> int:
        unflushed = self._unflushed(alias)
        stored = self._es.count(index=alias, query=_excluding(query, unflushed))["count"]
        return stored + sum(1 for d in unflushed.values() if d is not None and matches(d))

    # flush helpers

    def _aim_at_stored_copies(self, alias: str, actions: list[Document]) -> None:
        """After a rollover the alias spans several indices: a document already stored in an
        older one is rewritten there, not copied into the new write index."""
        for chunk in iter_chunks(actions, 1000):
            ids = [action["_id"] for action in chunk]
            hits = self._es.search(index=alias, query={"ids": {"values": ids}}, source=False, size=len(ids))
            stored_in = {hit["_id"]: hit["_index"] for hit in hits["hits"]["hits"]}
            for action in chunk:
                action["_index"] = stored_in.get(action["_id"], alias)

    def _drop_stale_claims(self) -> None:
        """A rewritten article may now state fewer claims: delete the ones it no longer has."""
        if not self._claim_ids:
            return
        current = [claim_id for ids in self._claim_ids.values() for claim_id in ids]
        self._es.delete_by_query(
            index=self.alias("claims"),
            query=_excluding({"terms": {"article_id": list(self._claim_ids)}}, current),
            refresh=True, conflicts="proceed",
        )  # fmt: skip
        self._claim_ids.clear()


# documents


def article_document(article: Article, story_title: str | None = None) -> Document:
    """The articles-index document: every field of `Article` but its alerts (the alerts index
    has those), and for Kibana the outlet (`models.outlet_of`) and the story's title."""
    document = dataclasses.asdict(article)
    del document["alerts"]
    document.update(
        minhash=base64.b64encode(article.minhash).decode("ascii"),
        band_keys=list(article.band_keys),
        cluster_id=article.cluster_id or article.id,
        outlet=outlet_of(article.source, article.url),
        story_title=story_title or article.title,
    )
    return document


# Fields of an articles-index document that `Article` does not have.
_FOR_KIBANA = ("outlet", "story_title")


_CLAIM_ALERT = (
    "if (ctx._source.status == 'pending' || (ctx._source.status == 'sending' "
    "&& ctx._source.lease_until < params.now)) "
    "{ ctx._source.status = 'sending'; ctx._source.lease_until = params.until } else { ctx.op = 'noop' }"
)

# A series high is written only over a lower one: a worker that read an older high must
# not lower it, whatever the order the writes reach the cluster in.
_RAISE_HIGH = (
    "if (ctx._source.value == null || params.high.value > ctx._source.value) "
    "{ ctx._source.putAll(params.high) } else { ctx.op = 'noop' }"
)


def _only_if_higher(action: Document) -> Document:
    high = action["_source"]
    return {
        "_op_type": "update", "_index": action["_index"], "_id": action["_id"],
        "_source": {"script": {"source": _RAISE_HIGH, "params": {"high": high}}, "upsert": high},
    }  # fmt: skip


def article_from_document(document: Document, alerts: list[Alert]) -> Article:
    return Article(
        **{
            **{name: value for name, value in document.items() if name not in _FOR_KIBANA},
            "minhash": base64.b64decode(document["minhash"]),
            "band_keys": tuple(document["band_keys"]),
            "figures": [Claim.from_dict(c) for c in document["figures"]],
            "alerts": alerts,
        }
    )


def claim_documents(article: Article) -> list[tuple[str, Document]]:
    """(`_id`, document) per claim: the claim, dated and attributed by its article."""
    context = {
        "article_id": article.id, "published": article.published, "source": article.source,
        "url": article.url, "title": article.title, "language": article.language,
        "cluster_id": article.cluster_id or article.id, "duplicate": article.duplicate_of is not None,
        "relevant": article.relevant, "outlet": outlet_of(article.source, article.url),
    }  # fmt: skip
    documents = []
    for position, claim in enumerate(article.figures):
        fields = claim.to_dict()
        fields["sentence"] = fields.pop("text")
        # The series it joins, one keyword for Kibana to split a chart by: "killed / security_forces".
        subject = series_subject(claim.metric, claim.subject)
        fields["series"] = claim.metric + (f" / {subject}" if subject else "")
        documents.append((f"{article.id}-{position}", {**fields, **context, "position": position}))
    return documents


_CLAIM_FIELDS = frozenset(field.name for field in dataclasses.fields(Claim))


def stored_claim(document: Document) -> StoredClaim:
    """The claims-index document read back (see `claim_documents`)."""
    fields = {name: value for name, value in document.items() if name in _CLAIM_FIELDS}
    return StoredClaim(
        claim=Claim(**fields, text=document["sentence"]), article_id=document["article_id"], url=document["url"],
        title=document["title"], source=document["source"], published=document["published"],
        duplicate=document["duplicate"], cluster_id=document["cluster_id"], language=document.get("language"),
    )  # fmt: skip


def _feed_id(url: str) -> str:
    return stable_id("feed", url)


def _series_id(metric: str, subject: str | None) -> str:
    return stable_id("series-high", metric, subject or "")


def _excluding(query: Document, ids: Iterable[str]) -> Document:
    """`query` minus the documents `ids`, scored as `query` scores them."""
    ids = list(ids)
    if not ids:
        return query
    return {"bool": {"must": [query], "must_not": [{"ids": {"values": ids}}]}}


def _snippet(hit: Document) -> str:
    """The best highlighted fragment (the article's own language first), else the opening."""
    fragments = hit.get("highlight") or {}
    for field in (f"text.{hit['_source'].get('language')}", "text", *fragments):
        if fragments.get(field):
            return " ".join(fragments[field][0].split())
    return " ".join(hit["_source"]["text"][:_SNIPPET_CHARS].split())


@functools.cache
def _template(name: str) -> Document:
    return json.loads((resources.files(__package__) / "es_templates" / f"{name}.json").read_text("utf-8"))


def _client(url: str, safe_url: str, settings: Settings) -> Elasticsearch:
    """A client for `url`; credentials from the API key, the URL's userinfo, or the settings."""
    parts = urlsplit(url)
    options: dict[str, Any] = {
        "request_timeout": settings.es_request_timeout,
        "max_retries": settings.es_max_retries,
        "retry_on_status": _RETRY_STATUSES,
        "retry_on_timeout": True,
        "retry_backoff_base": settings.es_initial_backoff,
        "retry_backoff_cap": _MAX_BACKOFF,
    }
    if settings.es_api_key:
        options["api_key"] = settings.es_api_key
    elif parts.username:
        options["basic_auth"] = (unquote(parts.username), unquote(parts.password or ""))
    elif settings.es_username:
        options["basic_auth"] = (settings.es_username, settings.es_password or "")
    if parts.scheme == "https":
        options["verify_certs"] = settings.es_verify_certs
        if settings.es_ca_certs:
            options["ca_certs"] = settings.es_ca_certs
    return Elasticsearch(safe_url, **options)


