"""newsmon: a news-monitoring pipeline.

Read the stages top-down, in the order an article flows through them:

    sources   what to read: files, directories, import records, OPML, feed URLs
    fetch     HTTP with timeouts, size caps, robots.txt, politeness, conditional GET
    extract   HTML or plain text -> title, date, body (boilerplate stripped)
    language  ISO 639-1 code and script, Kazakh told apart from Russian, Kyrgyz, Uyghur, ...
    dedup     canonical URL, content hash, MinHash LSH near-duplicates
    topics    is it about the Kazakhstan unrest, and why
    figures   numeric claims: detained, killed, injured, ...
    alerts    a new figure (first or new high) raises one alert, once
    store     one contract, SQLite (embedded default) or Elasticsearch

Beside them: `models` (the data flowing through), `settings` (every `NEWSMON_*` knob),
`urls` (canonical URLs), `kazakhstan` (the case's vocabulary: places, event names, shared
by topics and figures), `lexicons` (each language's words for figures, and for topics in
the languages beyond en/ru/kk, as typed TOML data), `transliteration` (Kazakh in the Latin
and Arabic alphabets read as Cyrillic), `evaluation` (claims and relevance against gold:
`newsmon eval`).

`pipeline.enrich` runs the pure stages (extract to figures) for one document;
`pipeline.pool` runs it over a batch in worker processes (started from
`pipeline.worker_preload`); `pipeline.ingest` wires it all together, batch by batch;
`pipeline.staging` splits that run into steps Airflow tasks can take on separate
workers; `pipeline.cli` is the `newsmon` command.
Nothing here imports Airflow: the DAGs in `dags/` call this library.
"""

__version__ = "0.1.0"
