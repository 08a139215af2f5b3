"""Body rules from de_full18's misses, judged on de_full17 and de_full19 (issue 11): kinds of
page part read on de_full18 (and the older read sets), each on small invented lines, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, LINES, kept_lines, page_with, paragraphs

from newsarchive.extract import extract


@pytest.mark.parametrize(
    "contact",
    [
        "Ihr Ansprechpartner: Gerold Muster, Telefon 0441 1234-5",
        "Pressekontakt: Anna Roth, presse@bank.example",
    ],
)
def test_a_contact_in_one_line_closes_the_text(contact: str) -> None:
    assert kept_lines([*LINES, contact, "Impressum der Bank"]) == LINES


def test_a_sentence_naming_a_contact_stays() -> None:
    line = "Ansprechpartner: Wer Fragen hat, ruft die Filiale unter 0441 1234-5 an."
    assert kept_lines([*LINES, line]) == [*LINES, line]


# 71bfb2d6 (rejected on de_full2's round) re-judged on de_full19: the lead
HEADLINE = "Das Filialteam steht jetzt vor der Kamera"
TEASER = "Die Sparkasse Musterstadt zeigt ihre Beschäftigten in Videos statt Werbegesichtern."


def _lead(description: str, teaser: str = "") -> str:
    head = f'<meta name="description" content="{description}">'
    body = f"<article><h1>{HEADLINE}</h1>{teaser}{paragraphs('sie filmt', 3)}</article>"
    result = extract(page_with(body, head), "https://bank.example/a.html", fetched_at=FETCHED)
    return str(result["lead"] or "")


def test_a_description_restating_the_headline_is_no_lead() -> None:
    assert _lead(HEADLINE) == ""


def test_a_description_the_page_shows_as_its_teaser_stays_the_lead() -> None:
    assert _lead(TEASER, f"<p>{TEASER}</p>") == TEASER
