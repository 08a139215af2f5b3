"""A dated list's entries (other articles', events', trades' days: list items or table rows,
two or more under one parent, each short and showing a full day) are parts with other dates:
no date line and no date markup of the page (issue 11, rd15, from dates_ai's, dates_w's and
AQ's misses); small pages written for the test."""

from __future__ import annotations

import pytest
from lxml import html

from newsarchive.extract import data
from newsarchive.extract.nodes import page_nodes

TEXT = "<p>Der Fonds hat in diesem Quartal mehr Kredite an Gründerinnen vergeben als je zuvor.</p>"
NEWS = (
    "<ul><li><span class='date'>04.02.2025</span> <a href='#'>Neue Gebühren</a></li>"
    "<li><span class='date'>29.01.2025</span> <a href='#'>Bank spendet</a></li></ul>"
)
EVENTS = "<ul><li><b>30.03.2025</b> Sprechstunde</li><li><b>16.04.2025</b> Tafel</li></ul>"
TRADES = (
    "<table><tr><td>23.02.2025 11:15</td><td>Nordbank AG</td><td>Kauf</td></tr>"
    "<tr><td>22.02.2025 16:15</td><td>Europa ETF</td><td>Verkauf</td></tr></table>"
)
# one dated item alone (a post's meta list) and a table layout's rows around the headline
META = "<ul><li>18.02.2025</li><li>Von Anna</li></ul>"
LAYOUT = (
    "<table><tr><td>Presse-Information vom 5. Februar 2025</td></tr>"
    "<tr><td><h1>Tausendster Kredit</h1></td></tr><tr><td>02.03.2025 Hauptversammlung</td></tr>"
    "</table>"
)


def _flags(body: str) -> dict[str, bool]:
    texts, _ = page_nodes(html.fromstring(f"<html><body>{body}</body></html>"))
    return dict(texts)


@pytest.mark.parametrize(
    ("part", "day"),
    [(NEWS, "04.02.2025"), (EVENTS, "30.03.2025"), (TRADES, "22.02.2025 16:15")],
)
def test_a_dated_list_s_days_are_passed_over(
    part: str, day: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = f"<main><h1>Tausendster Kredit</h1>{TEXT}{part}</main>"
    assert _flags(body)[day] is True
    monkeypatch.setattr(data, "DATE_LIST_MIN_ENTRIES", 0)  # off: read as date lines
    assert _flags(body)[day] is False


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (f"<main><h1>Tausendster Kredit</h1>{META}{TEXT}</main>", "18.02.2025"),
        (LAYOUT, "Presse-Information vom 5. Februar 2025"),
        (LAYOUT, "02.03.2025 Hauptversammlung"),
        # a row holding a long text (a forum's post) is no list entry
        (
            "<table><tr><td>01.02.2025</td></tr><tr><td>02.02.2025 "
            + "Sehr lange Antwort. " * 10
            + "</td></tr></table>",
            "01.02.2025",
        ),
    ],
)
def test_no_list(body: str, day: str) -> None:
    assert _flags(body)[day] is False
