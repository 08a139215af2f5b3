"""After a comments' heading below the text ("Kommentare (1)", "Reaktionen", "6 Comments"), a
bare day opening its node is a reply's or a list's, no date line: the metadata's day stands;
a labelled line after the comments (a photo page's "Hochgeladen am") is still read, and
without the heading the old reading stays (issue 11, rd29's date round); small pages written
for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.replydays import replies_heading, reply_day

TEXT = paragraphs("die Vereinskasse eine neue TAN bekommt")
URL = "http://www.modellflug-heidkamp.example/blog/vereinskasse"
META = "<meta property='article:published_time' content='2009-10-06'>"


def _post(heading: str, after: str = "<p>07.10.2009</p>") -> str:
    return (
        f"<h1>Vereinskasse: SMS-TAN läuft aus</h1>{TEXT}<h3>{heading}</h3>"
        f"<p>Thermiksegler schrieb:</p><p>Danke, das wusste ich noch nicht.</p>{after}"
    )


@pytest.mark.parametrize("heading", ["Kommentare (1)", "Reaktionen", "6 Comments"])
def test_a_bare_day_after_a_comments_heading_is_a_reply_s(heading: str) -> None:
    assert (published_on(_post(heading), META, URL) or "")[:10] == "2009-10-06"


def test_a_labelled_line_after_the_comments_is_read() -> None:
    page = _post("Kommentare (1)", "<p>Veröffentlicht am 05.10.2009</p>")
    assert (published_on(page, "", URL) or "")[:10] == "2009-10-05"


def test_without_the_heading_the_reply_s_day_stands() -> None:
    # the guard: no heading, the old reading (the reply's day, close to the metadata's)
    assert (published_on(_post("Danke"), META, URL) or "")[:10] == "2009-10-07"


@pytest.mark.parametrize(
    ("text", "start", "rank", "reply"),
    [
        ("9. November 2006", 0, 2, True),
        ("Hochgeladen am 22. September 2006", 15, 2, False),
        ("Geschrieben am 9. November 2006", 15, 1, False),
    ],
)
def test_reply_day(text: str, start: int, rank: int, reply: bool) -> None:
    assert reply_day(text, start, rank) is reply


def test_replies_heading() -> None:
    assert replies_heading("Kommentare (3)")
    assert not replies_heading("Die Kommentare unserer Leserinnen und Leser zu diesem Beitrag")
