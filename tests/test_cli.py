"""End to end through the real `newsmon` command on the embedded store."""

from __future__ import annotations

import json
import re
import shutil

from helpers import ROOT, SEEDS, json_lines, run_newsmon, run_newsmon_process

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def ingest(store, *inputs, env=None):
    return run_newsmon("ingest", *map(str, inputs), "--store", f"sqlite:///{store}", "--json", env=env)


def test_seeds_give_five_distinct_relevant_english_articles(tmp_path):
    result = ingest(tmp_path / "s.db", SEEDS)
    assert result.returncode == 0, result.stderr
    articles = json_lines(result.stdout)
    assert len(articles) == 5
    assert sorted(a["url"].rsplit("/", 1)[-1] for a in articles) == SEED_NAMES
    assert all(a["url"].startswith("file:///") for a in articles)
    assert {a["language"] for a in articles} == {"en"}
    assert all(a["relevant"] for a in articles)
    assert all(a["duplicate_of"] is None for a in articles)
    assert len({a["cluster_id"] for a in articles}) == 5
    assert len({a["id"] for a in articles}) == 5
    stable_keys = {
        "id", "url", "canonical_url", "title", "source", "published", "language", "script",
        "relevant", "topics", "duplicate_of", "cluster_id", "figures", "alerts",
    }  # fmt: skip
    assert all(stable_keys <= a.keys() for a in articles)
    assert "articles   5" in result.stderr


def test_records_in_latin_kazakh_and_with_dates_of_reduced_precision_are_kept_and_read(tmp_path):
    records = tmp_path / "archive.jsonl"
    rows = [
        {"url": "https://e.kz/latn", "title": "Qańtar oqıǵasy", "published": "2022-01",
         "text": "Qańtar oqıǵasy kezinde 230 adam qaza tapty. Almatyda tártipsizdikter kezinde 4 myńnan astam "
                 "adam ustaldy."},
        {"url": "https://e.kz/undated", "title": "Задержания", "published": "unknown",
         "text": "В Алматы в ходе беспорядков задержаны 100 человек, сообщили в МВД Казахстана."},
    ]  # fmt: skip
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = ingest(tmp_path / "s.db", records)
    assert result.returncode == 0, result.stderr
    latin, undated = json_lines(result.stdout)
    assert (latin["language"], latin["script"], latin["published"]) == ("kk", "Latn", "2022-01")
    assert [(f["metric"], f["value"]) for f in latin["figures"]] == [("killed", 230), ("detained", 4000)]
    assert latin["figures"][0]["text"] == "Qańtar oqıǵasy kezinde 230 adam qaza tapty."
    assert (undated["published"], undated["script"]) == (None, "Cyrl")
    assert f"{records}:2" in result.stderr and "kept undated" in result.stderr


def test_a_repost_ingested_later_is_a_duplicate_of_the_seed(tmp_path):
    store = tmp_path / "s.db"
    first = json_lines(ingest(store, SEEDS).stdout)
    original = next(a for a in first if a["url"].endswith("002_7978e291850f57ec.txt"))

    body = (SEEDS / "002_7978e291850f57ec.txt").read_text(encoding="utf-8")
    repost = tmp_path / "repost" / "kazakh-unrest-repost.txt"
    repost.parent.mkdir()
    repost.write_text(
        "Republished with permission from our partners at the Daily Steppe Gazette.\n\n"
        + body
        + "\n\nSubscribe to our newsletter for the latest updates.\nShare this article: Facebook Twitter Email\n",
        encoding="utf-8",
    )
    result = ingest(store, repost)
    assert result.returncode == 0, result.stderr
    [copy] = json_lines(result.stdout)
    assert copy["duplicate_of"] == original["id"]
    assert copy["cluster_id"] == original["cluster_id"]
    assert copy["alerts"] == []


def test_reingesting_the_same_input_adds_nothing(tmp_path):
    store = tmp_path / "s.db"
    first = json_lines(ingest(store, SEEDS).stdout)
    alerts_before = run_newsmon("alerts", "--json", "--store", f"sqlite:///{store}")
    second = ingest(store, SEEDS)
    assert second.returncode == 0, second.stderr
    assert sorted(a["id"] for a in json_lines(second.stdout)) == sorted(a["id"] for a in first)
    assert "0 new or changed, 5 already stored" in second.stderr
    assert "alerts     0 raised" in second.stderr
    alerts_after = run_newsmon("alerts", "--json", "--store", f"sqlite:///{store}")
    assert json_lines(alerts_after.stdout) == json_lines(alerts_before.stdout)


def test_search_finds_seed_by_words_and_filters(tmp_path):
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert run_newsmon("ingest", str(SEEDS), "--store", store).returncode == 0
    hits = json_lines(run_newsmon("search", "beheaded", "--store", store, "--json").stdout)
    assert [h["url"].rsplit("/", 1)[-1] for h in hits] == ["003_cd0475b9a63e25ad.txt"]
    assert json_lines(run_newsmon("search", "beheaded", "--language", "ru", "--store", store, "--json").stdout) == []
    newest = json_lines(run_newsmon("search", "--newest", "--since", "2022-01-09", "--store", store, "--json").stdout)
    assert [h["published"][:10] for h in newest] == ["2022-01-09"]


def test_search_shows_the_words_it_matched_and_brackets_as_written(tmp_path):
    store = f"sqlite:///{tmp_path / 's.db'}"
    record = {"url": "https://example.org/b", "title": "Almaty [live]", "published": "2022-01-06",
              "text": "Police detained [sic] 300 protesters in Almaty, the interior ministry of Kazakhstan said."}  # fmt: skip
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert run_newsmon("ingest", str(tmp_path / "r.jsonl"), "--store", store).returncode == 0
    shown = run_newsmon("search", "police", "detained", "--store", store, env={"COLUMNS": "200"}).stdout
    assert "Police detained [sic] 300" in shown and "Almaty [live]" in shown
    [hit] = json_lines(run_newsmon("search", "police", "detained", "--store", store, "--json").stdout)
    assert "[Police] [detained] [sic]" in hit["snippet"]


def test_search_refuses_what_it_cannot_answer_and_finds_nothing_for_punctuation(tmp_path):
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert run_newsmon("ingest", str(SEEDS), "--store", store).returncode == 0
    huge = run_newsmon("search", "x", "--limit", "99999999999999999999", "--store", store)
    assert huge.returncode == 2 and "limit" in huge.stderr
    long = run_newsmon("search", *["word"] * 15_000, "--store", store)
    assert long.returncode == 2 and "15000 words" in long.stderr
    for bad in ("2022-13-01", "yesterday"):
        refused = run_newsmon("search", "x", "--since", bad, "--store", store)
        assert refused.returncode == 2 and bad in refused.stderr
    punctuation = run_newsmon("search", "!!!", "--store", store, "--json")
    assert punctuation.returncode == 0 and json_lines(punctuation.stdout) == []


def test_reading_commands_never_create_a_store(tmp_path):
    missing = tmp_path / "nothing" / "s.db"
    for command in (["search", "detained"], ["figures"], ["alerts"], ["feeds", "list"]):
        result = run_newsmon(*command, "--store", f"sqlite:///{missing}")
        assert result.returncode == 1 and "no store there yet" in result.stderr, command
    assert not missing.parent.exists()


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"url": "https://example.org/a", "title": "Almaty protests",
                    "text": "Police detained more than 300 protesters in Almaty on Wednesday, "
                            "the interior ministry of Kazakhstan said.", "published": "2022-01-05"})
        + "\n{not json\n",
        encoding="utf-8",
    )  # fmt: skip
    result = ingest(tmp_path / "s.db", records, tmp_path / "missing.txt")
    assert result.returncode == 0, result.stderr
    assert len(json_lines(result.stdout)) == 1
    assert f"{records}:2" in result.stderr
    assert "missing.txt" in result.stderr
    assert "problems   2" in result.stderr


def test_exit_status_is_nonzero_when_nothing_could_be_read(tmp_path):
    result = ingest(tmp_path / "s.db", tmp_path / "nothing-here.txt")
    assert result.returncode == 1
    assert "nothing-here.txt" in result.stderr


def test_exit_status_when_the_store_cannot_be_opened(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = ingest(blocker / "s.db", SEEDS)
    assert result.returncode == 2
    assert str(blocker) in result.stderr


def test_unknown_store_scheme_is_a_clear_error(tmp_path):
    result = run_newsmon("ingest", str(SEEDS), "--store", "mongodb://localhost/x")
    assert result.returncode == 2
    assert "mongodb://localhost/x" in result.stderr


def watched(store: str) -> list[dict]:
    return json_lines(run_newsmon("feeds", "list", "--json", "--store", store).stdout)


def test_feeds_add_list_remove(tmp_path):
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert run_newsmon("feeds", "--store", store, "add", "https://example.org/rss", "--name", "Example").returncode == 0
    assert [(f["url"], f["name"], f["last_fetched"]) for f in watched(store)] == [("https://example.org/rss", "Example", None)]
    listed = run_newsmon("feeds", "--store", store, "list", env={"COLUMNS": "160"})
    assert "https://example.org/rss" in listed.stdout and "never fetched" in listed.stdout and "feed" in listed.stdout
    assert run_newsmon("feeds", "--store", store, "remove", "https://example.org/rss").returncode == 0
    empty = run_newsmon("feeds", "--store", store, "list")
    assert empty.stdout == "" and "0 feed(s) watched: add one with `newsmon feeds add URL`" in empty.stderr
    assert run_newsmon("feeds", "--store", store, "remove", "https://example.org/rss").returncode == 1
    # --store may follow the action as well
    assert run_newsmon("feeds", "add", "https://example.org/atom", "--store", store).returncode == 0
    assert [f["url"] for f in watched(store)] == ["https://example.org/atom"]


def test_feeds_import_opml(tmp_path):
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>KZ</title></head><body>'
        '<outline text="Tengrinews" type="rss" xmlUrl="https://tengrinews.kz/news.rss"/>'
        '<outline text="Regional"><outline text="Kazinform" type="rss" xmlUrl="https://www.inform.kz/rss/eng.xml"/></outline>'
        "</body></opml>",
        encoding="utf-8",
    )
    store = f"sqlite:///{tmp_path / 's.db'}"
    result = run_newsmon("feeds", "--store", store, "import-opml", str(opml))
    assert result.returncode == 0, result.stderr
    assert [f["url"] for f in watched(store)] == ["https://tengrinews.kz/news.rss", "https://www.inform.kz/rss/eng.xml"]


def test_alerts_are_a_table_and_json_dates_have_one_form(tmp_path):
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert run_newsmon("ingest", str(SEEDS), "--store", store, "--no-deliver").returncode == 0
    shown = run_newsmon("alerts", "--store", store, env={"COLUMNS": "200"})
    assert "new high: detained" in shown.stdout and "5,800" in shown.stdout and "15 alert(s)" in shown.stderr
    dates = [a["published"] for a in json_lines(run_newsmon("alerts", "--json", "--store", store).stdout)]
    # a date alone as written; a time in UTC with its offset ("2022-01-08T08:21:00" had none: UTC)
    assert "2022-01-09" in dates and "2022-01-08T08:21:00+00:00" in dates


def test_ingest_json_takes_extra_fields_on_request(tmp_path):
    result = ingest(tmp_path / "s.db", SEEDS / "003_cd0475b9a63e25ad.txt", "--fields", "text,author")
    [article] = json_lines(result.stdout)
    assert "5.8 thousand" in article["text"] and "author" in article and "feed_url" not in article
    refused = ingest(tmp_path / "s.db", SEEDS, "--fields", "password")
    assert refused.returncode == 2 and "password" in refused.stderr


def test_ingest_without_inputs_or_feeds_says_what_to_do(tmp_path):
    result = run_newsmon("ingest", "--store", f"sqlite:///{tmp_path / 's.db'}")
    assert result.returncode == 1
    assert "newsmon feeds add" in result.stderr


def test_the_installed_script_works_from_any_directory(tmp_path):
    """The console script itself; inputs and store are taken as given, not from the checkout."""
    seeds = tmp_path / "in"
    shutil.copytree(SEEDS, seeds)
    result = run_newsmon_process("ingest", "in", "--store", "sqlite:///out/s.db", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json_lines(result.stdout)) == 5
    assert (tmp_path / "out" / "s.db").exists()


def test_store_init_creates_the_store_and_replay_explains_sqlite_has_no_dead_letters(tmp_path):
    store = f"sqlite:///{tmp_path / 'new' / 's.db'}"
    result = run_newsmon("store", "init", "--store", store)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / "s.db").exists()
    replay = run_newsmon("store", "replay", "--store", store)
    assert replay.returncode == 0
    assert "no dead letters" in replay.stderr


def test_report_of_a_missing_run_names_the_file(tmp_path):
    result = run_newsmon("report", str(tmp_path / "run" / "report.json"))
    assert result.returncode == 1
    assert "report.json" in result.stderr


def test_a_bad_alert_url_is_refused_before_anything_is_read(tmp_path):
    store = tmp_path / "s.db"
    result = run_newsmon("ingest", str(SEEDS), "--store", f"sqlite:///{store}",
                         env={"NEWSMON_ALERT_URLS": "nosuchservice://token@host"})  # fmt: skip
    assert result.returncode == 2
    assert "NEWSMON_ALERT_URLS" in result.stderr
    assert "token" not in result.stderr
    assert run_newsmon("search", "--store", f"sqlite:///{store}", "--json").stdout == ""


def test_eval_prints_precision_and_recall_per_metric_and_names_a_missing_gold(tmp_path):
    result = run_newsmon("eval", str(ROOT / "tests" / "gold" / "ru_kk_claims.json"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["metric", "gold", "found", "recall", "extracted", "correct", "precision"]
    assert [line.split()[0] for line in lines[2:9]] == [
        "detained", "killed", "injured", "hospitalized", "criminal_cases", "troops", "all"]  # fmt: skip
    missing = run_newsmon("eval", str(tmp_path / "nowhere.json"))
    assert missing.returncode == 1 and "nowhere.json" in missing.stderr
    paged = run_newsmon("eval", "--pages", str(ROOT / "tests" / "gold" / "ru_kk_claims.json"))
    assert paged.returncode == 0 and "from its page" in paged.stdout.splitlines()[0]


def test_ingest_shows_its_progress_on_a_terminal_only(tmp_path):
    import os
    import pty
    import select
    import subprocess
    import sys
    from pathlib import Path

    newsmon = str(Path(sys.executable).with_name("newsmon"))
    command = [newsmon, "ingest", str(SEEDS), "--store", f"sqlite:///{tmp_path / 's.db'}", "--no-deliver"]
    main, terminal = pty.openpty()
    process = subprocess.Popen(command, stdin=terminal, stdout=terminal, stderr=terminal, close_fds=True)
    os.close(terminal)
    shown = b""
    while select.select([main], [], [], 60)[0]:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=60) == 0
    assert b"documents read" in shown and b"articles committed" in shown
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert "documents read" not in piped.stderr and "articles   5" in piped.stderr


def test_the_examples_the_readme_names_are_shipped_and_read(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"examples/[\w.]+", readme))
    assert named and all((ROOT / path).is_file() for path in named), named
    result = ingest(tmp_path / "s.db", ROOT / "examples" / "records.jsonl")
    assert result.returncode == 0 and [a["relevant"] for a in json_lines(result.stdout)] == [True, True]
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert run_newsmon("feeds", "import-opml", str(ROOT / "examples" / "kazakhstan.opml"), "--store", store).returncode == 0
    assert len(json_lines(run_newsmon("feeds", "list", "--json", "--store", store).stdout)) == 4


def test_feeds_list_shows_a_feed_failing_and_how_often(tmp_path):
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert run_newsmon("feeds", "add", "http://127.0.0.1:9/feed.xml", "--store", store).returncode == 0
    env = {"NEWSMON_ALLOW_PRIVATE_NETWORKS": "true", "NEWSMON_CONNECT_TIMEOUT": "1", "NEWSMON_FEED_FAILURE_POLLS": "2"}
    for reads in (1, 2, 3):
        run_newsmon("ingest", "--store", store, "--no-deliver", env=env)
        [feed] = json_lines(run_newsmon("feeds", "list", "--json", "--store", store).stdout)
        assert (feed["failures"], feed["last_success"], feed["health"]) == (reads, None, "ok" if reads < 2 else "failing")
    shown = run_newsmon("feeds", "list", "--store", store, env={"COLUMNS": "250"}).stdout
    assert "failed 3 read(s) in a row" in shown and "failing since" in shown
    # one alert for the episode, though the feed failed again after it began
    [alert] = json_lines(run_newsmon("alerts", "--json", "--store", store).stdout)
    assert (alert["kind"], alert["subject"], alert["value"], alert["url"]) == ("feed_health", "failing", 2, feed["url"])
