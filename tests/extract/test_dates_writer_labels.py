"""A date line naming its writer between a posting label and the date ("Beigetragen von admin
am 14.03.2008", "Contributed by vorstand on May 19, 2009") ranks as the creation's label:
it comes before a nearer unlabelled date, a side column's events above the article under a
site name's ``<h1>`` (issue 11, rd6); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Sieger des Planspiels feststehen")
URL = "http://www.planspiel.example/index.php?module=News&func=display&sid=77"


def _page(line: str) -> str:
    side = "<div class='z-block'><h4>Termine</h4><ul><li>07.04.2008: Vortrag</li></ul></div>"
    return (
        f"<div><h1><a href='/'>Planspiel-Kreis</a></h1></div>{side}"
        f"<div><h3>Planspiel: Die Sieger stehen fest</h3><span>{line}</span>{TEXT}</div>"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Beigetragen von admin am 14.03.2008 - 10:15 (564 Aufrufe)", "2008-03-14"),
        ("Contributed by kasse on March 14, 2008 - 10:15 AM (542 Reads)", "2008-03-14"),
        ("Geschrieben von Anna Berg am Freitag, 14. März 2008", "2008-03-14"),
        # a comment's line names no posting label: the nearer side column's day stays
        ("Kommentar von Uwe am 14.03.2008 um 19:00", "2008-04-07"),
    ],
)
def test_a_writer_s_byline_ranks_before_nearer_dates(line: str, expected: str) -> None:
    assert (published_on(_page(line), "", URL) or "")[:10] == expected


def test_not_after_the_text() -> None:
    # a blog's other posts after the text, each "Gepostet von … am": the day under the
    # headline stays
    others = "".join(f"<div><p>Gepostet von Uwe am {day}.03.2008</p></div>" for day in ("20", "24"))
    page = (
        "<div><h1>Planspiel: Die Sieger stehen fest</h1><p>Freitag, 14. März 2008</p>"
        f"{TEXT}</div>{others}"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2008-03-14"


def test_not_after_short_sentences() -> None:
    # a diary's short sentences (under a paragraph's length), then its comments
    short = "<p>Heute habe ich mein erstes Girokonto bei der Bank eröffnet.</p>"
    comment = "<div><b>Uwe</b><p>Gepostet von Uwe am 20.03.2008 22:15</p></div>"
    page = (
        "<div><h1>Mein Tagebuch</h1></div><p>Freitag, 14. März 2008</p>"
        f"<h2>Mein erstes Konto</h2>{short}{comment}"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2008-03-14"
