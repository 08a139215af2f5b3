"""A post's closing signature with more on its line than the plain forms: the writer's
firm after the name, a role after a greeting, a short wish before the formal word (round
ra41; the wish form again from session 43,
:mod:`newsarchive.extract.signtails`), on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.signtails import tail_signature

URL = "https://laufgruppe-hemsen.example/blog/winterpause/"
TEXT = "".join(
    f"<p>Die Laufgruppe trifft sich auch im {n}. Wintermonat jeden Dienstag am Parkplatz "
    "und läuft bei jedem Wetter eine kurze Runde durch den Stadtwald.</p>"
    for n in range(1, 4)
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<article><h1>Laufen im Winter</h1><div class='meta'>12.01.2025</div>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Laufen im Winter</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # the writer's firm after the name
        ("<p>Ihr Gerd Almstedt von Sport Almstedt</p>", ["Gerd Almstedt"]),
        ("<p>Bleiben Sie gesund, Ihr Gerd Almstedt von Sport Almstedt</p>", ["Gerd Almstedt"]),
        ("<p>Viele Grüße aus Hemsen, Petra Kolbe vom Lauftreff Nord</p>", ["Petra Kolbe"]),
        # a role after a greeting on the same line
        ("<p>Mit freundlichen Grüßen, Egon Warnecke, Übungsleiter</p>", ["Egon Warnecke"]),
        # a short wish before the formal word and the name (session 43), on one line or two
        ("<p>Bleiben Sie in Bewegung, Ihre Hannelore Wiesbrock</p>", ["Hannelore Wiesbrock"]),
        ("<p>Bleiben Sie in Bewegung,<br>Ihre Hannelore Wiesbrock</p>", ["Hannelore Wiesbrock"]),
    ],
)
def test_a_fuller_closing_line_signs(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


@pytest.mark.parametrize(
    "end",
    [
        # a wish without the formal word: a greeting is needed then
        "<p>Bleiben Sie in Bewegung, Hannelore Wiesbrock</p>",
        # a firm or a role without a greeting or formal word: a mention, no signature
        "<p>Gerd Almstedt von Sport Almstedt</p>",
        "<p>Danach, Petra Kolbe vom Lauftreff Nord</p>",
        # an organisation signs
        "<p>Bleiben Sie gesund, Ihre Sparkasse Hemsen</p>",
        "<p>Viele Grüße, Ihr Lauftreff Team</p>",
        # a long clause before the comma is a sentence, not a wish
        "<p>Wer am Dienstag keine Zeit hat und laufen will, Ihre Petra Kolbe vom Lauftreff</p>",
    ],
)
def test_other_closing_lines_name_nobody(end: str) -> None:
    assert authors(end) == []


def test_a_signature_followed_by_a_long_paragraph_does_not_close_the_post() -> None:
    lines = [
        "Die Runde beginnt um sieben.",
        "Viele Grüße, Hannelore Wiesbrock, Lauftreff-Leiterin",
        "Im Frühjahr beginnt wieder die Gruppe für Anfänger mit zwei Abenden in jeder Woche",
    ]
    assert tail_signature(lines) is None
    assert tail_signature(lines[:2]) == "Hannelore Wiesbrock"
