"""Body rules from de_full19's misses, judged on de_full20 and de_full21 (issue 11): kinds of
page part read on de_full19 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, body_around, page_with, paragraphs

from newsarchive.extract import extract

URL = PRICES_URL


# f2af0af2 (rejected on de_full18's round) re-judged, with two more holders read on de_full19
@pytest.mark.parametrize(
    "picture",
    [
        '<p align="center"><img src="a.jpg"><br><font size="1">Die Filiale am Markt.</font></p>',
        '<p><a href="b.htm"><img src="b.jpg"></a><br>Der Vorstand bei der Vorstellung.</p>',
        '<div class="bild"><img src="c.jpg" width="240"><br><small>Die Filiale am Markt.</small>'
        "</div>",
        '<table width="300"><tr><td><img src="d.jpg"></td></tr>'
        '<tr><td class="klein">Der Vorstand bei der Vorstellung.</td></tr></table>',
    ],
)
def test_a_pictures_caption_under_it_leaves(picture: str) -> None:
    body = body_around(picture)
    assert "erklärt im 3. Absatz, warum sie sinken" in body
    assert "Vorstand" not in body
    assert "Filiale am Markt" not in body


@pytest.mark.parametrize(
    "picture",
    [
        '<p><img src="neu.gif"> Die Filiale am Markt öffnet wieder.</p>',
        '<table><tr><td><img src="e.jpg"></td></tr><tr><td>Die Filiale am Markt öffnet wieder.'
        "</td></tr><tr><td>Sie hat jetzt auch samstags geöffnet.</td></tr></table>",
    ],
)
def test_text_beside_a_picture_stays(picture: str) -> None:
    assert "Die Filiale am Markt öffnet wieder." in body_around(picture)


POINTS = ["Absender genau prüfen", "Keine Links in verdächtigen Nachrichten öffnen"]
LIST = "<ul>" + "".join(f"<li>{point}</li>" for point in POINTS) + "</ul>"
SENTENCE = "Die Bank warnt vor falschen Nachrichten, die Kunden in diesen Tagen erhalten haben."


def _modules(*blocks: str) -> str:
    """A site builder's page: no content container, one ``<div>`` a block."""
    text = "".join(f'<div class="j-module n j-text">{block}</div>' for block in blocks)
    page = page_with(
        f'<div id="content_area"><h1>Vorsicht vor falschen Nachrichten</h1>{text}</div>'
    )
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


def test_a_list_the_fallback_dropped_comes_back_under_its_paragraph() -> None:
    body = _modules(
        paragraphs("die Bank warnt", 2), f"<p>{SENTENCE}</p>", LIST, paragraphs("sie prüft", 2)
    )
    assert f"{SENTENCE}\n\n{POINTS[0]}\n\n{POINTS[1]}" in body


@pytest.mark.parametrize(
    "box",
    [
        f"<h3>Nächste Termine</h3>{LIST}",  # a list under a heading of its own
        LIST.replace("<li>", '<li><a href="#">'),  # a list of links
        f"<nav>{LIST}</nav>",
    ],
)
def test_a_list_of_a_box_or_links_stays_out(box: str) -> None:
    body = _modules(
        paragraphs("die Bank warnt", 2), f"<p>{SENTENCE}</p>", box, paragraphs("sie prüft", 2)
    )
    assert SENTENCE in body
    assert POINTS[1] not in body


COMMENTS = (
    '<div class="bFeedback"><h4>{heading}</h4><div class="bComment"><div class="bCommentTitle">'
    "Kommentar von Hanne M. — 08.05.2007 @ 21:40</div><div><p>Bei uns in der Filiale ist es "
    "genauso gelaufen, leider, und niemand hat uns vorher etwas davon gesagt.</p></div></div></div>"
)


@pytest.mark.parametrize("heading", ["Kommentare:", "2 Kommentare", "Kommentare (2)"])
def test_a_blogs_comments_under_their_heading_leave(heading: str) -> None:
    body = body_around(COMMENTS.format(heading=heading))
    assert "erklärt im 3. Absatz, warum sie sinken" in body
    assert "Filiale ist es genauso" not in body


def test_a_heading_naming_comments_inside_the_text_keeps_what_follows() -> None:
    text = paragraphs("die Preise steigen")
    page = page_with(
        f"<main><h1>Neue Preise</h1>{text}<h2>Kommentare</h2>{paragraphs('sie sinken')}</main>"
    )
    body = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "erklärt im 3. Absatz, warum sie sinken" in body


def test_a_list_under_a_summary_boxs_label_comes_back_without_the_label() -> None:
    box = f'<div class="kasten"><p class="kasten-titel">Das Wichtigste</p>{LIST}</div>'
    body = _modules(box, paragraphs("die Bank warnt", 3))
    assert f"{POINTS[0]}\n\n{POINTS[1]}" in body
    assert "Das Wichtigste" not in body
