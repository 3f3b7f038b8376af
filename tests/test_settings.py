"""The one settings object: env parsing, errors that name the variable, README coverage."""

from __future__ import annotations

import re

import pytest

from helpers import ROOT
from pipeline.settings import Settings, SettingsError, settings_table


def test_env_values_are_parsed_to_their_types():
    settings = Settings.from_env({
        "NEWSMON_HOST_DELAY": "0.25",
        "NEWSMON_BATCH_SIZE": "50",
        "NEWSMON_ALLOW_PRIVATE_NETWORKS": "yes",
        "NEWSMON_ALERT_URLS": "json://127.0.0.1/a, slack://T/B/C",
        "NEWSMON_ES_API_KEY": "",
    })  # fmt: skip
    assert settings.host_delay == 0.25
    assert settings.batch_size == 50
    assert settings.allow_private_networks is True
    assert settings.alert_urls == ("json://127.0.0.1/a", "slack://T/B/C")
    assert settings.es_api_key is None


def test_a_comma_inside_an_apprise_url_does_not_split_it():
    settings = Settings.from_env({
        "NEWSMON_ALERT_URLS": "mailto://u:p@example.org?to=a@x.org,b@y.org,json://127.0.0.1/hook tgram://bot/chat",
        "NEWSMON_ALLOWED_HOSTS": "feeds.intranet, localhost",
    })  # fmt: skip
    assert settings.alert_urls == (
        "mailto://u:p@example.org?to=a@x.org,b@y.org", "json://127.0.0.1/hook", "tgram://bot/chat",
    )  # fmt: skip
    assert settings.allowed_hosts == ("feeds.intranet", "localhost")


def test_unset_variables_keep_defaults_and_overrides_win():
    settings = Settings.from_env({}, store_url="sqlite:///x.db")
    assert settings.store_url == "sqlite:///x.db"
    assert settings.host_delay == Settings().host_delay


@pytest.mark.parametrize(
    "name, value",
    [("NEWSMON_BATCH_SIZE", "many"), ("NEWSMON_RESPECT_ROBOTS", "maybe"), ("NEWSMON_CASE_START", "January 2022")],
)
def test_a_bad_value_names_the_variable(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_the_readme_carries_the_settings_table_generated_from_the_fields():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_table() in readme
    assert len(re.findall(r"^\| `NEWSMON_", settings_table(), re.M)) == len(Settings.model_fields)


def test_the_embedded_store_has_one_place_whatever_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSMON_STORE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert Settings().store_url == f"sqlite:///{ROOT / 'data' / 'newsmon.db'}"


@pytest.mark.parametrize(
    ("variable", "value", "complaint"),
    [
        ("NEWSMON_BATCH_SIZE", "0", "must be at least 1, got 0"),
        ("NEWSMON_CONCURRENCY", "-3", "must be at least 1, got -3"),
        ("NEWSMON_DEDUP_THRESHOLD", "1.5", "must be between 0.001 and 1, got 1.5"),
        ("NEWSMON_READ_TIMEOUT", "0", "must be at least 0.001, got 0.0"),
        ("NEWSMON_ALERT_MIN_SOURCES", "0", "must be at least 1, got 0"),
    ],
)
def test_numbers_out_of_range_are_refused_naming_the_variable(variable, value, complaint):
    with pytest.raises(SettingsError, match=f"^{variable}: {re.escape(complaint)}$"):
        Settings.from_env({variable: value})


def test_every_error_newsmon_raises_on_purpose_has_one_root():
    from pipeline.errors import NewsmonError
    from pipeline.evaluation import GoldError
    from pipeline.stages.extract import ExtractError
    from pipeline.stages.fetch import FetchError
    from pipeline.case.lexicons import VocabularyError
    from pipeline.stages.sources import FeedError
    from pipeline.run.staging import StagingError
    from pipeline.store import InvalidQuery, StoreError

    for error in (SettingsError, GoldError, ExtractError, FetchError, VocabularyError, FeedError, StagingError,
                  InvalidQuery, StoreError):  # fmt: skip
        assert issubclass(error, NewsmonError), error
