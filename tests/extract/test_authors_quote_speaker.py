"""A pull quote's speaker in author markup ("<blockquote>…<footer class='quote-author'>A
</footer></blockquote>") is no writer: a protocol's interviewee, quoted in the column, had
been credited over the writer's closing "Protokoll: B" (session 50, read on de_full190)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.kurier.example/lokales/filiale-geschlossen-93288417.html"
QUOTE = (
    "<blockquote class='quote'><p>„Viele in meinem Alter trauen sich das nicht zu.“</p>"
    "<footer class='quote-author'>Renate Kramer</footer></blockquote>"
)


def authors(byline: str, closing: str = "") -> list[str]:
    html = page_with(
        f"<article><h1>Nach 30 Jahren gekündigt</h1>{byline}"
        f"{paragraphs('sie ihr Konto gewechselt hat')}{QUOTE}"
        f"{paragraphs('sie Online-Banking gelernt hat')}{closing}</article>",
        "<title>Nach 30 Jahren gekündigt</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


def test_a_quotes_speaker_is_no_writer() -> None:
    assert "Renate Kramer" not in authors("")


@pytest.mark.parametrize(
    ("byline", "closing", "expected"),
    [
        ("", "<p><em>Protokoll: Jonas Pfeil</em></p>", ["Jonas Pfeil"]),
        ("<p class='byline'>Von <span class='author'>Lena Schubert</span></p>", "",
         ["Lena Schubert"]),
    ],
)  # fmt: skip
def test_the_writer_beside_a_quotes_speaker(byline: str, closing: str, expected: list[str]) -> None:
    assert authors(byline, closing) == expected
