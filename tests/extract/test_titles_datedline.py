"""Titles of pages built of text boxes (site builders) without a headline element, titled
with only a section's name ("Aktuelles", "Blog"): the short paragraph by the first date-only
paragraph is the headline, issue 11, the AX round; each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract

URL = "http://www.finanzberatung-kielmann.example/aktuelles-tagesgeld.html"
TEXT = "".join(
    f"<div class='box'><p>Im {n}. Absatz steht, was Sparer beim Tagesgeld jetzt beachten "
    "sollten und warum sich ein Vergleich der Angebote lohnt.</p></div>"
    for n in range(1, 4)
)
HEADLINE = "Lohnt sich Tagesgeld noch?"
MENU = "<div class='menu'><a href='/'>Start</a> <a href='#'>Aktuelles</a></div>"


def box_page(boxes: str, title: str = "Aktuelles") -> bytes:
    body = f"{MENU}<div class='box'><p>Finanzberatung Kielmann</p></div>{boxes}{TEXT}"
    return page_with(body, f"<title>{title}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_the_line_after_a_date_line_is_the_headline() -> None:
    boxes = f"<div class='box'><p>Mittwoch, 15. Oktober 2008</p></div><div><p>{HEADLINE}</p></div>"
    assert title_of(box_page(boxes)) == HEADLINE


def test_the_line_before_a_date_line_when_a_sentence_follows_it() -> None:
    boxes = f"<div class='box'><p><span>{HEADLINE}</span></p></div><p>18.09.2012</p>"
    assert title_of(box_page(boxes)) == HEADLINE


@pytest.mark.parametrize(
    "line", ["Ihr Ansprechpartner:", "Das ist ein ganzer Satz am Ende.", "Aktuelles", "Kielmann"]
)
def test_labels_sentences_page_kinds_and_single_words_are_no_headline(line: str) -> None:
    boxes = f"<div class='box'><p>18.09.2012</p></div><div class='box'><p>{line}</p></div>"
    assert title_of(box_page(boxes)) != line


def test_a_title_naming_a_story_keeps_it() -> None:
    boxes = f"<p>18.09.2012</p><p>{HEADLINE}</p>"
    title = "Tagesgeld im Vergleich: Was Sparer jetzt wissen sollten"
    assert title_of(box_page(boxes, title)) == title


def test_without_the_rule_no_headline_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATED_HEADLINE_WORDS", (99, 99))
    boxes = f"<div class='box'><p>Mittwoch, 15. Oktober 2008</p></div><div><p>{HEADLINE}</p></div>"
    assert title_of(box_page(boxes)) != HEADLINE
