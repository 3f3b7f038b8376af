"""The figure report: one self-contained HTML page that opens from disk, without a server or the network.

Per metric, a step chart of each series over time (one line per subject; Vega-Lite through
altair, with Vega's JavaScript inlined from vl-convert), the steps that changed it, and at
the end a table of the latest alerts. Written by `newsmon figures --html PATH`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import altair as alt
import jinja2
import vl_convert

from pipeline.models import Alert, minute, outlet_of, publication_time, utc_now
from pipeline.views.timeline import LATEST_WINS, Series, stated, subject_label

__all__ = ["render_report", "write_report", "LATEST_ALERTS"]

LATEST_ALERTS = 20
# Steps that set the figure; a conflict is another outlet's lower figure, shown as an event.
_SETS_FIGURE = {"first", "new_high", "revision"}

_PAGE = jinja2.Environment(autoescape=True).from_string(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsmon: figures</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
  h1 { margin-bottom: 0.2rem; } .meta { color: #666; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 14px; }
  th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .chart { width: 100%; } .quote { color: #555; font-size: 13px; }
</style>
<script>{{ vega_script | safe }}</script>
</head>
<body>
<h1>Figures</h1>
<p class="meta">{{ selection }} · generated {{ generated }} by newsmon</p>
{% if not metrics %}<p>No figures are stored for this selection.</p>{% endif %}
{% for metric in metrics %}
<section class="metric" data-metric="{{ metric.name }}">
<h2>{{ metric.title }}</h2>
<table>
<tr><th>series</th><th>now</th><th>as of</th><th>according to</th><th>outlets</th></tr>
{% for s in metric.series %}
<tr><td>{{ s.label }}</td><td class="n">{{ s.now }}</td><td>{{ s.date }}</td>
<td>{{ s.source }}{% if s.quoted %} citing {{ s.quoted }}{% endif %}<div class="quote">{{ s.text }}</div></td>
<td class="n">{{ s.corroborations }}</td></tr>
{% endfor %}
</table>
<div class="chart" id="chart-{{ metric.name }}"></div>
<h3>What changed it</h3>
<table>
<tr><th>date</th><th>series</th><th>figure</th><th>step</th><th>source</th></tr>
{% for e in metric.events %}
<tr><td>{{ e.date }}</td><td>{{ e.label }}</td><td class="n">{{ e.value }}</td><td>{{ e.kind }}</td>
<td><a href="{{ e.url }}">{{ e.source }}</a></td></tr>
{% endfor %}
</table>
</section>
{% endfor %}
<h2>Latest alerts</h2>
<table>
<tr><th>raised</th><th>alert</th><th>figure</th><th>source</th><th>status</th></tr>
{% for a in alerts %}
<tr><td>{{ a.created }}</td><td>{{ a.kind }}: {{ a.label }}</td><td class="n">{{ a.value }}</td>
<td><a href="{{ a.url }}">{{ a.source }}</a> {{ a.published }}</td><td>{{ a.status }}</td></tr>
{% endfor %}
</table>
<script>
{% for metric in metrics %}
vegaEmbed("#chart-{{ metric.name }}", {{ metric.spec | tojson }}, {renderer: "svg", actions: false}).catch(console.error);
{% endfor %}
</script>
</body>
</html>
"""
)


def render_report(timeline: Sequence[Series], alerts: Sequence[Alert], selection: Mapping[str, Any]) -> str:
    """The report's HTML for `timeline` (see `pipeline.views.timeline`) and the store's `alerts`."""
    metrics: dict[str, list[Series]] = {}
    for series in timeline:
        metrics.setdefault(series.metric, []).append(series)
    latest = sorted(alerts, key=lambda a: (a.sequence or 0, a.created_at or ""), reverse=True)[:LATEST_ALERTS]
    return _PAGE.render(
        vega_script=vl_convert.javascript_bundle(),
        selection=_describe(selection),
        generated=utc_now(),
        metrics=[_metric(name, series) for name, series in metrics.items()],
        alerts=[
            {
                "created": (a.created_at or "")[:16], "kind": a.kind.replace("_", " "),
                "label": f"{a.metric.replace('_', ' ')}, {subject_label(a.subject)}", "value": f"{a.value:,}", "url": a.url,
                "source": outlet_of(a.source, a.url), "published": (a.published or "")[:10], "status": a.status,
            }  # fmt: skip
            for a in latest
        ],
    )


def write_report(path: Path, timeline: Sequence[Series], alerts: Sequence[Alert], selection: Mapping[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(timeline, alerts, selection), encoding="utf-8")
    return path


def _metric(name: str, series: list[Series]) -> dict[str, Any]:
    events = sorted(
        ((s, step) for s in series for step in s.history),
        key=lambda pair: (publication_time(pair[1].date), pair[1].value),
    )
    return {
        "name": name,
        "title": name.replace("_", " ").capitalize(),
        "series": [
            {
                "label": subject_label(s.subject), "now": stated(s.current.value, s.current.qualifier),
                "date": minute(s.current.date), "source": s.current.source, "quoted": s.current.quoted_source,
                "text": s.current.text, "corroborations": s.corroborations,
            }  # fmt: skip
            for s in series
        ],
        "events": [
            {
                "date": minute(step.date) or "undated", "label": subject_label(s.subject),
                "value": f"{step.value:,}", "kind": step.kind.replace("_", " "), "url": step.url, "source": step.source,
            }  # fmt: skip
            for s, step in events
        ],
        "spec": _chart(name, series).to_dict(),
    }


def _chart(metric: str, series: list[Series]) -> alt.Chart:
    """A step line per subject: the figure that stood at each date, held until the next step."""
    points = [point for s in series for point in _standing(s)]
    return (
        alt.Chart(alt.Data(values=points))
        .mark_line(interpolate="step-after", point=True)
        .encode(
            x=alt.X("date:T", title="date"),
            y=alt.Y("figure:Q", title=metric.replace("_", " ")),
            color=alt.Color("series:N", title="series"),
            tooltip=["series:N", "date:T", "figure:Q", "step:N", "stated:Q", "source:N"],
        )
        .properties(width="container", height=260)
    )


def _standing(series: Series) -> list[dict[str, Any]]:
    """The figure standing after each dated step, in date order. Steps are raised in
    publication order, but an undated article's step carries the time it was fetched, which
    can be later than figures above it: a rise stands only above what stood before it."""
    points: list[dict[str, Any]] = []
    figure: int | None = None
    steps = sorted((s for s in series.history if s.kind in _SETS_FIGURE and s.date), key=lambda s: publication_time(s.date))
    for step in steps:
        rises = step.kind != "revision" and series.metric not in LATEST_WINS
        figure = max(figure or 0, step.value) if rises else step.value
        points.append(
            {"date": step.date, "figure": figure, "stated": step.value, "series": subject_label(series.subject),
             "step": step.kind.replace("_", " "), "source": step.source}  # fmt: skip
        )
    return points


def _describe(selection: Mapping[str, Any]) -> str:
    chosen = [
        f"{name} {value.isoformat() if isinstance(value, date) else value}"
        for name, value in selection.items()
        if value is not None
    ]
    return ", ".join(chosen) or "every metric and subject"
