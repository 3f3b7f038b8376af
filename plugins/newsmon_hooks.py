"""The newsmon store for Airflow tasks, built from an Airflow Connection.

Credentials live in the Connection (metadata DB, a secrets backend, or an
`AIRFLOW_CONN_NEWSMON_STORE` variable), never in DAG code. Connection types:

    sqlite          the database file in host (or, from a URI, in schema):
                    sqlite:///%2Fsrv%2Fnewsmon%2Fnewsmon.db
    elasticsearch   the apache-airflow-providers-elasticsearch type, read as its hooks
                    read it: host, port, schema http|https, login and password; extras
                    api_key, ca_certs, verify_certs, index_prefix
    http, https     the same fields, the scheme taken from the type
    (a whole URL typed into host, https://es.internal:9243, is taken as it is)

Without the default Connection (`newsmon_store`) the store is `NEWSMON_STORE_URL` with
the `NEWSMON_ES_*` settings, as for the `newsmon` command.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from airflow.sdk import BaseHook, Connection
from airflow.sdk.exceptions import AirflowNotFoundException

from pipeline.settings import Settings, parse_bool
from pipeline.store import Store, open_store

class NewsmonStoreHook(BaseHook):
    """Opens the newsmon store named by an Airflow Connection (see the module docstring)."""

    conn_name_attr = "newsmon_conn_id"
    default_conn_name = "newsmon_store"
    hook_name = "newsmon store"

    def __init__(self, newsmon_conn_id: str = default_conn_name, settings: Settings | None = None) -> None:
        super().__init__()
        self.newsmon_conn_id = newsmon_conn_id
        self._base_settings = settings

    @cached_property
    def settings(self) -> Settings:
        """`NEWSMON_*` settings with the store fields taken from the Connection, when there is one."""
        try:
            conn = self.get_connection(self.newsmon_conn_id)
        except AirflowNotFoundException:
            conn = self._no_connection()
        return self._settings_from(conn)

    async def asettings(self) -> Settings:
        """`settings`, for a trigger: the Connection looked up without blocking the event loop."""
        try:
            conn = await self.aget_connection(self.newsmon_conn_id)
        except AirflowNotFoundException:
            conn = self._no_connection()
        return self._settings_from(conn)

    def _no_connection(self) -> None:
        if self.newsmon_conn_id != self.default_conn_name:  # a Connection asked for by name must exist
            raise AirflowNotFoundException(f"The conn_id `{self.newsmon_conn_id}` isn't defined")

    def _settings_from(self, conn: Connection | None) -> Settings:
        base = self._base_settings or Settings.from_env()
        return base if conn is None else settings_from_connection(conn, base)

    def get_conn(self) -> Store:
        """A newly opened store; close it (or use it as a context manager)."""
        store = open_store(self.settings.store_url, self.settings)
        self.log.info("newsmon store: %s", store.url)
        return store


def settings_from_connection(conn: Connection, base: Settings) -> Settings:
    """`base` with `store_url` and the `es_*` fields taken from an Airflow Connection."""
    kind = (conn.conn_type or "").lower()
    if kind == "sqlite":
        path = conn.host or conn.schema
        if not path:
            raise ValueError(f"Connection {conn.conn_id!r}: a sqlite connection needs the database file as its host")
        return base.replace(store_url=f"sqlite:///{path}")
    if kind in ("elasticsearch", "http", "https"):
        extra = conn.extra_dejson
        return base.replace(
            store_url=_elasticsearch_url(conn, kind),
            es_username=conn.login or base.es_username,
            es_password=conn.password or base.es_password,
            es_api_key=extra.get("api_key") or base.es_api_key,
            es_ca_certs=extra.get("ca_certs") or base.es_ca_certs,
            es_verify_certs=_flag(extra.get("verify_certs", base.es_verify_certs)),
            es_index_prefix=extra.get("index_prefix") or base.es_index_prefix,
        )
    raise ValueError(
        f"Connection {conn.conn_id!r}: type {conn.conn_type!r} is not a newsmon store "
        "(use sqlite, elasticsearch, http or https)"
    )


def _elasticsearch_url(conn: Connection, kind: str) -> str:
    host = (conn.host or "localhost").rstrip("/")
    if "://" in host:  # a whole URL typed into the host field is taken as it is
        return host
    scheme = kind if kind in ("http", "https") else (conn.schema or "http").lower()
    return f"{scheme}://{host}:{conn.port or 9200}"


def _flag(value: Any) -> bool:
    """A Connection extra's flag: JSON booleans as they are, strings read like NEWSMON_* ones."""
    return parse_bool(value) if isinstance(value, str) else bool(value)
