"""A post's filing clause after its byline's date ("Von … 12. Oktober 2009 in der Gruppe
Regionalgruppe Oldenburg", "… in Allgemein") is no sentence beside the date line's date
(issue 11: rd12, from half AY's misses); small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("ehrenamtliche Lotsen beim Haushaltsbuch helfen")
URL = "http://www.lotsen.example/blog/view/55/haushaltsbuch"
COMMENTS = (
    "<h3>Kommentare</h3><ul class='list'><li><div class='sub'><a>Petra Lange</a> "
    "17. März 2011</div><div>Danke für den Bericht.</div></li></ul>"
)


def _page(line: str) -> str:
    return (
        "<div class='main'><h2 class='heading-main'>Haushaltsbuch oder App?</h2>"
        f"<div class='sub'>{line}</div>{TEXT}{COMMENTS}</div>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Von <a>Jan Ohlsen</a> 15. März 2011 in der Gruppe Regionalgruppe Oldenburg",
        "Veröffentlicht am 15.03.2011 um 10:20 in Allgemein",
        "<a>Jan Ohlsen</a> 15. März 2011 in Kategorie: Sparen &amp; Vorsorge",
    ],
)
def test_the_filed_line_is_the_date_line(line: str) -> None:
    assert (published_on(_page(line), "", URL) or "")[:10] == "2011-03-15"


def test_a_sentence_after_the_date_is_no_filing() -> None:
    line = "Von <a>Jan Ohlsen</a> 15. März 2011 in der Stadthalle wurde viel diskutiert"
    assert (published_on(_page(line), "", URL) or "")[:10] != "2011-03-15"


def test_switched_off_the_comment_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_LINE_FILED", re.compile(r"(?!)"))
    line = "Von <a>Jan Ohlsen</a> 15. März 2011 in der Gruppe Regionalgruppe Oldenburg"
    assert (published_on(_page(line), "", URL) or "")[:10] == "2011-03-17"
