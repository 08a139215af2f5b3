"""Charts of the archive as Vega-Lite specifications (rendered in the browser by Vega,
Vega-Lite and vega-embed as shipped by the installed ``datasette-dashboards`` package;
``static/charts.js`` embeds them). Data travels inside the spec: no chart fetches SQL.

Every chart has a true time axis (months as dates, empty months as 0), integer counts,
axis titles, a legend below the plot that wraps, and :func:`table` gives the same numbers
as a table for screen readers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Colours of the series (colour-blind friendly, Okabe–Ito).
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000"]  # fmt: skip
#: Series drawn at most (the rest are summed as "Andere").
MAX_SERIES = len(COLOURS)


def months_between(first: str, last: str) -> list[str]:
    """Every month ``JJJJ-MM`` from ``first`` to ``last`` inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_series(rows: Iterable[dict[str, Any]], month: str = "monat", value: str = "artikel",
                   series: str | None = None) -> dict[str, dict[str, int]]:  # fmt: skip
    """``{series name: {month: count}}`` with every month of the whole range (0 when none);
    the largest :data:`MAX_SERIES` series kept, the rest summed as "Andere"."""
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        m = str(row.get(month) or "")
        if len(m) < 7 or m[4] != "-":
            continue
        name = str(row.get(series) or "") if series else "Artikel"
        counts.setdefault(name, {})
        counts[name][m[:7]] = counts[name].get(m[:7], 0) + int(row.get(value) or 0)
    if not counts:
        return {}
    all_months = sorted({m for values in counts.values() for m in values})
    span = months_between(all_months[0], all_months[-1])
    ranked = sorted(counts, key=lambda n: (-sum(counts[n].values()), n))
    crowded = len(ranked) > MAX_SERIES
    kept, rest = (ranked[: MAX_SERIES - 1], ranked[MAX_SERIES - 1 :]) if crowded else (ranked, [])
    result = {name: {m: counts[name].get(m, 0) for m in span} for name in kept}
    if crowded:
        result["Andere"] = {m: sum(counts[n].get(m, 0) for n in rest) for m in span}
    return result


def timeline_spec(data: dict[str, dict[str, int]], title: str, series_title: str = "",
                  y_title: str = "Artikel pro Monat") -> dict[str, Any]:  # fmt: skip
    """A Vega-Lite spec: articles per month on a time axis, one line (or, for a single
    series, bars) per series."""
    values = [{"monat": f"{m}-01", "artikel": n, "reihe": name}
              for name, months in data.items() for m, n in months.items()]  # fmt: skip
    single = len(data) == 1
    top = max((n for months in data.values() for n in months.values()), default=0)
    y_axis: dict[str, Any] = {"tickMinStep": 1, "format": "d"}
    if top <= 10:  # small counts: a tick on every whole number, none between
        y_axis["values"] = list(range(0, max(top, 1) + 1))
    encoding: dict[str, Any] = {
        "x": {"field": "monat", "type": "temporal", "timeUnit": "yearmonth", "title": "Monat",
              "axis": {"labelOverlap": True, "labelSeparation": 8, "tickCount": 8}},
        "y": {"field": "artikel", "type": "quantitative", "title": y_title, "axis": y_axis,
              "scale": {"domainMin": 0, "nice": True}},
        "tooltip": [
            {"field": "monat", "type": "temporal", "timeUnit": "yearmonth", "title": "Monat",
             "format": "%B %Y"},
            {"field": "artikel", "type": "quantitative", "title": "Artikel", "format": "d"},
        ],
    }  # fmt: skip
    if not single:
        encoding["color"] = {
            "field": "reihe", "type": "nominal", "title": series_title or None,
            "sort": list(data), "scale": {"range": COLOURS},
            "legend": {"orient": "bottom", "direction": "horizontal", "columns": 3,
                       "labelLimit": 180, "symbolType": "stroke"},
        }  # fmt: skip
        encoding["tooltip"].insert(0, {"field": "reihe", "type": "nominal",
                                       "title": series_title or "Reihe"})  # fmt: skip
    mark: dict[str, Any] = {"type": "line", "strokeWidth": 2}
    if single:
        mark = {"type": "bar", "color": COLOURS[0]}
    return {
        "title": {"text": title, "anchor": "start"},
        "description": title,
        "width": "container",
        "height": 260,
        "autosize": {"type": "fit", "contains": "padding"},
        "data": {"values": values},
        "mark": mark,
        "encoding": encoding,
    }


def table(data: dict[str, dict[str, int]]) -> dict[str, Any]:
    """The chart's numbers as a table: ``{"columns": [...], "rows": [[month, n, ...]]}``,
    months with no article in any series left out."""
    names = list(data)
    months = sorted({m for values in data.values() for m in values})
    rows = [[m, *(data[n].get(m, 0) for n in names)] for m in months
            if any(data[n].get(m, 0) for n in names)]  # fmt: skip
    return {"columns": ["Monat", *names], "rows": rows}
