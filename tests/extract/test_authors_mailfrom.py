"""A mail's or a news posting's sender in an archive's message header ("Von: A <a@…>",
"From: A <a@…>", the label in a ``<b>`` or a cell of its own; kind read in aq, be and
de_full25, issue 11) wrote the thread's opening post, on small invented pages; a "Von:"
label without an address and an address without a label are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://groups.listenarchiv.example/group/de.soc.geld.banken/msg/4711"
TEXT = "".join(
    f"<p>Im {n}. Absatz geht es darum, wie der Kartenleser mit der Chipkarte der Sparkasse "
    "zusammenarbeitet und warum die Software beim ersten Start hängen bleibt.</p>"
    for n in range(1, 6)
)


def authors(header: str) -> list[str]:
    """The authors of an invented list archive's message with ``header`` above its text."""
    html = page_with(
        "<div class='top'><a href='/'>Listenarchiv</a> › de.soc.geld.banken</div>"
        f"<h2 class='subj'>Chipkarte und Kartenleser</h2><div class='msg'>{header}"
        f"<div class='body'>{TEXT}</div></div>",
        "<title>Chipkarte und Kartenleser - de.soc.geld.banken</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "header",
    [
        "<div class='hdr'><b>Von:</b> Jonna Brevik &lt;j.brevik@news.example&gt;<br>"
        "<b>Datum:</b> Mo, 13.05.2002 09:47</div>",
        "<table class='msghead'><tr><td>Von:</td><td>Jonna Brevik &lt;j.brevik@...&gt;</td>"
        "</tr><tr><td>Datum:</td><td>Mo 17.09.2001 21:07</td></tr></table>",
        "<div class='hdr'>From: Jonna Brevik &lt;jonna@news.example&gt;</div>",
    ],
)
def test_sender_credited(header: str) -> None:
    assert authors(header) == ["Jonna Brevik"]


@pytest.mark.parametrize(
    "header",
    [
        "<div class='hdr'><b>Von:</b> Nordheim <b>Nach:</b> Südheim</div>",  # no address
        "<div class='hdr'>Kontakt: j.brevik@news.example</div>",  # no sender label
    ],
)
def test_other_headers_left_alone(header: str) -> None:
    assert authors(header) == []
