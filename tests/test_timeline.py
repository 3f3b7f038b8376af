"""The figure timeline (pipeline/views/timeline.py) and `newsmon figures`: how many now, since when, who says so."""

from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import SEEDS, run_newsmon

from pipeline.stages.alerts import raise_alerts
from pipeline.stages.dating import date_claims, implied_date
from pipeline.models import Alert, Article, Claim
from pipeline.store import open_store
from pipeline.store.base import StoredClaim
from pipeline.views.timeline import build_timeline


def stored(value: int, *, article: str, source: str | None = None, published: str | None = "2022-01-08",
           metric: str = "detained", subject: str | None = None, qualifier: str = "exact",
           duplicate: bool = False, url: str | None = None, scope: str = "country") -> StoredClaim:  # fmt: skip
    claim = Claim(metric=metric, value=value, qualifier=qualifier, subject=subject, scope=scope,  # type: ignore[arg-type]
                  text=f"{value} people.", date=published, date_source="published" if published else None)  # fmt: skip
    return StoredClaim(
        claim=claim, article_id=article, url=url or f"https://{article}.example/story", title=article,
        source=source, published=published, duplicate=duplicate, cluster_id=article,
    )  # fmt: skip


def step(value: int, sequence: int, *, kind: str = "new_high", published: str = "2022-01-08",
         metric: str = "detained", subject: str | None = None) -> Alert:  # fmt: skip
    return Alert(
        key=f"k{value}", kind=kind, metric=metric, subject=subject, value=value, previous=None,  # type: ignore[arg-type]
        article_id=f"a{value}", url=f"https://a{value}.example/", title="t", source=None, text="",
        published=published, sequence=sequence,
    )  # fmt: skip


# the current figure


def test_the_current_figure_is_the_highest_credible_one_and_its_first_statement():
    claims = [
        stored(3811, article="a", source="Reuters", published="2022-01-08T08:21:00"),
        stored(9000, article="b", qualifier="up_to"),  # an upper bound states no figure
        stored(7000, article="c", scope="local"),  # a city's count is no national figure
        stored(4266, article="d", source="TASS", published="2022-01-08T12:00:00"),
        stored(4266, article="e", source="AP", published="2022-01-08T10:00:00"),
    ]
    [series] = build_timeline(claims, [])
    assert (series.current.value, series.current.source) == (4266, "AP")


def test_hospitalized_takes_the_latest_figure_since_people_leave_hospital():
    claims = [
        stored(700, article="a", metric="hospitalized", published="2022-01-08"),
        stored(420, article="b", metric="hospitalized", published="2022-01-12"),
    ]
    [series] = build_timeline(claims, [])
    assert series.current.value == 420


def test_an_outlet_corroborates_once_however_many_reposts_it_ran():
    claims = [
        stored(5800, article="a", source="Tengrinews"),
        stored(5800, article="b", source="Tengrinews", duplicate=True),
        stored(5800, article="c", url="https://www.zakon.kz/1", duplicate=True),
        stored(5800, article="d", url="https://zakon.kz/2", duplicate=True),
        stored(4404, article="e", source="Reuters"),
    ]
    [series] = build_timeline(claims, [])
    assert (series.current.value, series.corroborations) == (5800, 2)


def test_a_repost_alone_does_not_set_the_current_figure():
    [series] = build_timeline([stored(100, article="a"), stored(200, article="b", duplicate=True)], [])
    assert series.current.value == 100


def test_an_official_revision_supersedes_the_higher_figures_before_it():
    claims = [
        stored(230, article="a", metric="killed", published="2022-01-10"),
        stored(225, article="b", metric="killed", published="2022-01-15"),
    ]
    history = [
        step(230, 1, kind="first", metric="killed", published="2022-01-10"),
        step(225, 2, kind="revision", metric="killed", published="2022-01-15"),
    ]
    [series] = build_timeline(claims, history)
    assert series.current.value == 225
    assert [(s.value, s.kind) for s in series.history] == [(230, "first"), (225, "revision")]


def test_history_follows_the_order_alerts_were_raised_in():
    claims = [stored(v, article=f"a{v}") for v in (2300, 3811, 4266)]
    raised = [step(4266, 30), step(2300, 10, kind="first"), step(3811, 20)]
    [series] = build_timeline(claims, raised)
    assert [s.value for s in series.history] == [2300, 3811, 4266]


def test_since_and_until_keep_the_figures_and_steps_dated_within_them():
    claims = [stored(100, article="a", published="2022-01-06"), stored(300, article="b", published="2022-01-09")]
    raised = [step(100, 1, kind="first", published="2022-01-06"), step(300, 2, published="2022-01-09")]
    [series] = build_timeline(claims, raised, until=date(2022, 1, 7))
    assert series.current.value == 100 and [s.value for s in series.history] == [100]
    [series] = build_timeline(claims, raised, since=date(2022, 1, 8))
    assert series.current.value == 300 and [s.value for s in series.history] == [300]


def test_series_pool_detainees_but_keep_other_subjects_apart():
    claims = [
        stored(2300, article="a", subject="protesters"),
        stored(4266, article="b"),
        stored(18, article="c", metric="killed", subject="security_forces"),
        stored(26, article="d", metric="killed"),
    ]
    timeline = build_timeline(claims, [])
    assert [(s.metric, s.subject, s.current.value) for s in timeline] == [
        ("detained", None, 4266), ("killed", None, 26), ("killed", "security_forces", 18),
    ]  # fmt: skip
    assert [s.subject for s in build_timeline(claims, [], subject="security_forces")] == ["security_forces"]


# dates of claims


def test_a_claim_of_an_undated_article_takes_the_date_its_text_states():
    assert implied_date("ALMATY, Jan 7, 2022 (Reuters) - Police said...", "en") == date(2022, 1, 7)
    assert implied_date("АЛМАТЫ, 8 января 2022 года. По данным МВД...", "ru") == date(2022, 1, 8)
    assert implied_date("2022 жылғы 7 қаңтарда ІІМ мәлімдеді", "kk") == date(2022, 1, 7)
    # a later date than the fetch is no report's own day
    assert implied_date("Trials are set for 10 March 2031.", "en", not_after=date(2026, 1, 1)) is None


def test_claims_are_dated_by_publication_then_text_then_fetch_time():
    def dated(published, text):
        article = Article(id="a", url="https://x.example/", canonical_url="https://x.example/", title="t", text=text,
                          published=published, fetched_at="2026-01-02T03:04:05+00:00", language="en",
                          figures=[Claim(metric="killed", value=26)])  # fmt: skip
        date_claims(article)
        return article.figures[0].date, article.figures[0].date_source

    assert dated("2022-01-08", "On 7 January 2022, 26 were killed.") == ("2022-01-08", "published")
    assert dated(None, "On 7 January 2022, 26 were killed.") == ("2022-01-07", "text")
    assert dated(None, "26 were killed on Friday.") == ("2026-01-02T03:04:05+00:00", "fetched")


# the alerts the timeline shows


def story(n: int, claims: list[Claim], *, published: str, source: str, language: str = "en") -> Article:
    return Article(
        id=f"s{n}", url=f"https://{source.lower()}.example/{n}", canonical_url=f"https://{source.lower()}.example/{n}",
        title=f"Story {n}", text=" ".join(c.text for c in claims), source=source, published=published,
        language=language, relevant=True, cluster_id=f"s{n}", content_hash=f"h{n}", figures=claims,
    )  # fmt: skip


def kill_claim(value: int, text: str, quoted: str | None = None) -> Claim:
    return Claim(metric="killed", value=value, text=text, quoted_source=quoted)


def test_an_official_correction_downwards_raises_one_revision(tmp_path):
    first = story(1, [kill_claim(230, "The death toll stands at 230.")], published="2022-01-10", source="Reuters")
    revised = story(
        2, [kill_claim(225, "The prosecutor's office revised the toll to 225.", quoted="prosecutor general")],
        published="2022-01-15", source="Tengrinews",
    )  # fmt: skip
    repeated = story(3, revised.figures, published="2022-01-16", source="Akorda")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([first, revised, repeated])
        raised = raise_alerts([first, revised, repeated], store)
        assert raise_alerts([first, revised, repeated], store) == []
    assert [(a.kind, a.value, a.previous) for a in raised] == [("first", 230, None), ("revision", 225, 230)]


def test_a_lower_figure_without_an_official_correction_raises_nothing(tmp_path):
    first = story(1, [kill_claim(230, "The death toll stands at 230.")], published="2022-01-10", source="Reuters")
    part = story(2, [kill_claim(2, "Two servicemen were killed, the National Guard said.", quoted="national guard")],
                 published="2022-01-11", source="TASS")  # fmt: skip
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([first, part])
        assert [a.kind for a in raise_alerts([first, part], store)] == ["first"]


def test_two_outlets_far_apart_on_the_same_day_raise_one_conflict(tmp_path):
    high = story(1, [kill_claim(225, "225 people were killed.")], published="2022-01-15T10:00:00", source="Reuters")
    low = story(2, [kill_claim(164, "164 people were killed.")], published="2022-01-15T12:00:00", source="RIA")
    near = story(3, [kill_claim(210, "210 people were killed.")], published="2022-01-15T13:00:00", source="AP")
    part = story(4, [kill_claim(20, "20 people were killed.")], published="2022-01-15T14:00:00", source="AFP")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([high, low, near, part])
        raised = raise_alerts([high, low, near, part], store)
        assert raise_alerts([low], store) == []
    assert [(a.kind, a.value, a.previous) for a in raised] == [("first", 225, None), ("conflict", 164, 225)]


def test_a_new_high_waits_for_a_second_outlet_when_two_are_required(tmp_path):
    lone = story(1, [kill_claim(300, "300 were killed.")], published="2022-01-10", source="Blog")
    backed = story(2, [kill_claim(300, "300 were killed.")], published="2022-01-11", source="Reuters")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([lone])
        assert raise_alerts([lone], store, min_sources=2) == []
        store.put_articles([backed])
        raised = raise_alerts([backed], store, min_sources=2)
    # raised once corroborated, naming the first outlet that stated it
    assert [(a.kind, a.value, a.source) for a in raised] == [("first", 300, "Blog")]


# the command


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.db'}"
    result = run_newsmon("ingest", str(SEEDS), "--store", url)
    assert result.returncode == 0, result.stderr
    return url


def test_on_the_seeds_detained_now_stands_at_5800_after_four_rises(seeds_store):
    result = run_newsmon("figures", "--metric", "detained", "--json", "--store", seeds_store)
    assert result.returncode == 0, result.stderr
    [series] = json.loads(result.stdout)
    assert (series["metric"], series["subject"]) == ("detained", None)
    assert series["current"]["value"] == 5800
    assert series["current"]["date"] == "2022-01-09"
    # "5.8 thousand people have been brought to the police" (seed 003)
    assert "5.8 thousand" in series["current"]["text"]
    assert [(s["value"], s["kind"]) for s in series["history"]] == [
        (2300, "first"), (3811, "new_high"), (4266, "new_high"), (4404, "new_high"), (5800, "new_high"),
    ]  # fmt: skip


def test_on_the_seeds_the_killed_and_injured_series_name_their_sources(seeds_store):
    result = run_newsmon("figures", "--json", "--store", seeds_store)
    series = {(s["metric"], s["subject"]): s["current"] for s in json.loads(result.stdout)}
    # "officials claim that 748 security officers have been wounded and 18 killed" (seed 004)
    assert (series[("killed", "security_forces")]["value"], series[("killed", "security_forces")]["quoted_source"]) == (
        18, "officials",
    )  # fmt: skip
    assert series[("injured", "security_forces")]["value"] == 748
    # seed 004 has no date: its claims take the time it was fetched, and say so
    assert series[("injured", "security_forces")]["date_source"] == "fetched"
    assert series[("killed", None)]["value"] == 26


def test_the_figures_table_shows_each_series(seeds_store):
    result = run_newsmon("figures", "--store", seeds_store)
    assert result.returncode == 0, result.stderr
    assert "5,800" in result.stdout and "security forces" in result.stdout


def test_a_date_that_is_not_a_day_is_refused_naming_it(seeds_store):
    result = run_newsmon("figures", "--since", "2022-13-01", "--store", seeds_store)
    assert result.returncode == 2 and "2022-13-01" in result.stderr
