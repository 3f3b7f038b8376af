"""newsmon: a news-monitoring pipeline.

    pipeline/
      stages/     the stages, in the order an article goes through them:
                    sources   what to read: files, directories, import records, OPML, feeds
                    fetch     HTTP: deadlines, size caps, robots.txt, politeness, conditional GET
                    extract   HTML or plain text -> title, date, body (boilerplate stripped)
                    language  ISO 639-1 code and script (Kazakh in three scripts, ...)
                    dedup     content hash and MinHash LSH near-duplicates: one story, its copies
                    topics    is it about the case, and why
                    figures   numeric claims (detained, killed, injured, ...) and their dates
                    alerts    each series' steps: first, new high, revision, conflict, once each
      run/        running them: `enrich` (the pure stages for one document), `pool` (worker
                  processes), `ingest` (in one process, and `Commit`, the one commit step),
                  `staging` (step by step, for Airflow)
      store/      one contract by role (articles, feeds, series, alerts): SQLite or Elasticsearch
      delivery/   alerts sent to people (Apprise)
      views/      the figure timeline and its HTML report
      case/       what the case is: Kazakhstan's places, leaders, event names, and each
                  language's vocabularies (TOML data)
      models      the data flowing through: Document -> Article with Claims and Alerts; Problem
      settings    every NEWSMON_* knob (pydantic-settings)
      errors      NewsmonError, the root of every error newsmon raises on purpose
      evaluation  claims and relevance against gold (`newsmon eval`)
      cli         the `newsmon` command

Nothing here imports Airflow: the DAGs in `dags/` call this library.
"""

__version__ = "0.1.0"
