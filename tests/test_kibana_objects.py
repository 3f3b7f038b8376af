"""The Kibana saved objects in kibana/*.ndjson: well-formed, self-contained, and pointing at
the aliases and fields the Elasticsearch store really creates (its templates in
pipeline/store/es_templates/). No Kibana runs here; the compose stack imports these files."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from pipeline.settings import Settings
from pipeline.store.elasticsearch import INDICES

KIBANA = Path(__file__).resolve().parents[1] / "kibana"
PREFIX = Settings().es_index_prefix  # the saved objects are for the default prefix


def load_objects() -> list[dict]:
    objects = []
    for path in sorted(KIBANA.glob("*.ndjson")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    objects.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    pytest.fail(f"{path.name}:{number}: not JSON: {exc}")
    return objects


OBJECTS = load_objects()
BY_KEY = {(o["type"], o["id"]): o for o in OBJECTS}


def of_type(kind: str) -> list[dict]:
    return [o for o in OBJECTS if o["type"] == kind]


def fields_of_index(name: str) -> set[str]:
    """Every field path the store's template maps for index `name`, sub-fields included."""
    template = json.loads((resources.files("pipeline.store") / "es_templates" / f"{name}.json").read_text("utf-8"))
    found: set[str] = set()

    def walk(properties: dict, prefix: str) -> None:
        for field, mapping in properties.items():
            found.add(prefix + field)
            walk(mapping.get("properties", {}), f"{prefix}{field}.")
            walk(mapping.get("fields", {}), f"{prefix}{field}.")

    walk(template["template"]["mappings"]["properties"], "")
    return found


def date_fields_of_index(name: str) -> set[str]:
    template = json.loads((resources.files("pipeline.store") / "es_templates" / f"{name}.json").read_text("utf-8"))
    return {f for f, m in template["template"]["mappings"]["properties"].items() if m["type"] == "date"}


def index_of_view(view_id: str) -> str:
    """The store's index name behind a data view: `newsmon-claims` -> `claims`."""
    title = BY_KEY[("index-pattern", view_id)]["attributes"]["title"]
    return title.removeprefix(f"{PREFIX}-")


def test_there_are_saved_objects_and_every_one_is_well_formed():
    assert OBJECTS
    for obj in OBJECTS:
        assert {"type", "id", "attributes", "references"} <= obj.keys(), obj.get("id")
        assert obj["attributes"].get("title"), obj["id"]
    assert len(BY_KEY) == len(OBJECTS), "two objects share a type and id"


def test_every_reference_resolves_to_an_object_in_the_files():
    for obj in OBJECTS:
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in BY_KEY, f"{obj['id']} -> {ref}"


def test_data_views_are_the_store_aliases_with_a_date_as_time_field():
    views = {v["attributes"]["title"]: v for v in of_type("index-pattern")}
    assert set(views) == {f"{PREFIX}-{name}" for name in ("articles", "claims", "alerts", "feeds")}
    for title, view in views.items():
        name = title.removeprefix(f"{PREFIX}-")
        assert name in INDICES
        assert view["attributes"]["timeFieldName"] in date_fields_of_index(name)


def test_saved_searches_filter_and_show_fields_their_index_has():
    searches = {s["attributes"]["title"]: s for s in of_type("search")}
    assert {"Kazakhstan unrest, relevant", "Detentions"} <= set(searches)
    for search in searches.values():
        attributes = search["attributes"]
        source = json.loads(attributes["kibanaSavedObjectMeta"]["searchSourceJSON"])
        [ref] = [r for r in search["references"] if r["name"] == source["indexRefName"]]
        fields = fields_of_index(index_of_view(ref["id"]))
        assert set(attributes["columns"]) <= fields, attributes["title"]
        assert {field for field, _ in attributes["sort"]} <= fields, attributes["title"]
    def query(title: str) -> str:
        return json.loads(searches[title]["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"]

    assert query("Detentions") == 'metric : "detained"'
    # the feed health panel: watched feeds whose health is not ok, as the store keeps it
    assert query("Feeds in trouble") == 'watched : true and not health : "ok"'
    assert query("Feed health alerts") == 'kind : "feed_health"'


def test_lens_layers_name_their_data_view_and_use_fields_it_has():
    for lens in of_type("lens"):
        layers = lens["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
        refs = {r["name"]: r["id"] for r in lens["references"]}
        for layer_id, layer in layers.items():
            view = refs[f"indexpattern-datasource-layer-{layer_id}"]
            fields = fields_of_index(index_of_view(view)) | {"___records___"}  # Lens' "count of records"
            assert set(layer["columnOrder"]) == set(layer["columns"]), lens["id"]
            for column in layer["columns"].values():
                assert column["sourceField"] in fields, f"{lens['id']}: {column['sourceField']}"


def test_the_dashboard_shows_the_seven_panels_from_existing_objects():
    [dashboard] = of_type("dashboard")
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    refs = {r["name"]: (r["type"], r["id"]) for r in dashboard["references"]}
    shown = []
    for panel in panels:
        kind, target = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
        assert kind == panel["type"]
        shown.append(BY_KEY[(kind, target)]["attributes"]["title"])
    assert sorted(shown) == sorted([
        "Figures over time by series", "Articles per day by language", "Top outlets", "Latest alerts",
        "Reposts per story", "Feeds in trouble", "Feed health alerts",
    ])  # fmt: skip
    assert len({panel["panelIndex"] for panel in panels}) == len(panels)


def lens_layer(lens_id: str) -> dict:
    return BY_KEY[("lens", lens_id)]["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]["layer1"]


def test_the_figures_chart_takes_credible_original_claims_split_by_series_over_their_dates():
    lens = BY_KEY[("lens", "newsmon-figures-over-time")]["attributes"]
    columns = lens_layer("newsmon-figures-over-time")["columns"]
    assert {c["sourceField"] for c in columns.values()} == {"date", "series", "value"}
    assert {"date", "series", "relevant", "duplicate", "scope", "qualifier"} <= fields_of_index("claims")
    query = lens["state"]["query"]["query"]
    for condition in ("relevant : true", "duplicate : false", 'scope : "country"'):
        assert condition in query
    # figures stated outright or as a lower bound; "up to" and "less than" say what was not reached
    stated = set(re.findall(r'"(\w+)"', query.split("qualifier :", 1)[1]))
    assert stated == {"exact", "more_than", "at_least", "about"}
    # the claims' own date: undated articles' claims are on the chart too
    assert BY_KEY[("index-pattern", "newsmon-claims")]["attributes"]["timeFieldName"] == "date"


def test_top_outlets_fall_back_to_the_host_and_reposts_are_labelled_by_the_story_title():
    assert lens_layer("newsmon-top-outlets")["columns"]["outlet"]["sourceField"] == "outlet"
    assert lens_layer("newsmon-reposts-per-story")["columns"]["story"]["sourceField"] == "story_title"
    assert {"outlet", "story_title"} <= fields_of_index("articles")
