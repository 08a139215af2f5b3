"""An interviewer's label near the headline credits the writer ("Interview: Nina Albrecht ·
08.08.2022", "Text & Interview: Cem Aksoy · Fotos: Maja Lind";
:data:`~newsarchive.extract.data.BYLINE_TEXT`, kind read in br and k, issue 11). Small
invented pages; a rubric before a headline ("Interview: Warum die Zinsen steigen") and a
byline elsewhere are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.stadtblatt.example/leben/azubi-fragen"
TEXT = "".join(
    f"<p>In Woche {n} hat die Auszubildende jeden Tag kurze Videos aus dem Büro gezeigt "
    "und dabei viele Fragen zu Ausbildung, Gehalt und Alltag beantwortet.</p>"
    for n in range(1, 5)
)
HEADLINE = "Drei Fragen an unsere Azubi-Influencerin"


def authors(head: str) -> list[str]:
    """The authors of an invented interview with ``head`` under its headline."""
    html = page_with(
        f"<article><h1>{HEADLINE}</h1>{head}{TEXT}</article>", f"<title>{HEADLINE}</title>"
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<p>Interview: Nina Albrecht · 08.08.2022</p>", ["Nina Albrecht"]),
        ("<p>Text &amp; Interview: Cem Aksoy · Fotos: Maja Lind</p>", ["Cem Aksoy"]),
    ],
)
def test_interview_label_credited(head: str, expected: list[str]) -> None:
    assert authors(head) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a rubric before a headline names nobody
        ("<p>Interview: Warum die Zinsen wieder steigen</p>", []),
        # a byline names the writer first
        (
            "<p class='byline'>Von Jana Roth</p><p>Interview: Nina Albrecht · 08.08.2022</p>",
            ["Jana Roth"],
        ),
    ],
)
def test_interview_label_left_alone(head: str, expected: list[str]) -> None:
    assert authors(head) == expected
