"""Body rules from de_full12's, de_full13's and de_full14's misses, judged on de_full15 and
de_full16 (issue 11): kinds of page part read on those sets (and earlier rounds' rejected
rules, re-judged), each on small invented pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract

URL = "https://sparkasse.example/presse/2026/filialen.html"


@pytest.mark.parametrize(
    "heading",
    [
        "Ansprechpartner",
        "Ansprechpartnerin für die Presse:",
        "Ihre Ansprechpartnerin",
        # a press contact's heading of its own words (session 47, read on dates_dk)
        "Kontakt für die Presse:",
        "Ihr Kontakt für Medienanfragen",
    ],
)
def test_a_newsrooms_contact_under_its_heading_closes_the_text(heading: str) -> None:
    tail = f"<p>{heading}</p><p>Erika Muster, Öffentlichkeitsarbeit</p><p>Telefon 0123 45 67</p>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert "Erika Muster" not in body


def test_a_contact_heading_in_the_first_half_stays_with_the_text() -> None:
    top = "<p>Ansprechpartner</p>"
    body = extract(article_page(top=top), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
