"""Body rules from de_full2's misses (issue 11): a description that only repeats the
headline is no teaser; poll, disclaimer, press contact, paid, affiliate, newsletter and
author boxes leave; a press release's dated label and a research release's closing block
(publication, contact for questions) leave. Each rule on a small invented page, and the text
it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

URL = "https://bank.example/2026/11/artikel.html"
HEADLINE = "Volksbank startet Kanal auf Instagram"


def _page(description: str, top: str = "") -> bytes:
    head = f"<title>{HEADLINE}</title><meta name='description' content='{description}'>"
    return article_page(head=head, top=f"<h1>{HEADLINE}</h1>{top}")


def test_description_repeating_the_headline_is_no_lead() -> None:
    article = extract(_page(HEADLINE), URL, fetched_at=FETCHED)
    assert article["lead"] == ""
    assert HEADLINE not in article["body"]
    assert "Volksbank Musterstadt" in article["body"]


def test_description_repeating_the_headline_with_other_spacing_is_no_lead() -> None:
    article = extract(_page(" Volksbank startet  Kanal auf Instagram "), URL, fetched_at=FETCHED)
    assert article["lead"] == ""


def test_description_saying_more_than_the_headline_stays_the_lead() -> None:
    teaser = "Die Volksbank Musterstadt will mit kurzen Clips junge Kundinnen und Kunden erreichen."
    article = extract(_page(teaser, f"<p class='lead'>{teaser}</p>"), URL, fetched_at=FETCHED)
    assert article["lead"] == teaser


def test_a_standfirst_under_the_headline_is_the_lead_when_the_description_repeats_it() -> None:
    teaser = "Die Bank will mit kurzen Clips junge Kundinnen und Kunden in der Region erreichen."
    article = extract(_page(HEADLINE, f"<p class='lead'>{teaser}</p>"), URL, fetched_at=FETCHED)
    assert article["lead"] == teaser


def _body(page: bytes) -> str:
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    ("name", "box"),
    [
        ("poll", "<p>Würden Sie Ihrer Bank eine Nachricht auf Instagram schreiben?</p>"),
        ("umfrage-box", "<p>Würden Sie Ihrer Bank eine Nachricht auf Instagram schreiben?</p>"),
        ("disclaimer", "<p>Keine Anlageberatung: Die Inhalte dienen nur der Information.</p>"),
        ("aawp-disclaimer", "<p>Letzte Aktualisierung der Preise: gestern um 10 Uhr.</p>"),
        ("contact-person", "<h3>Ansprechpartner</h3><p>Erika Beispiel, Pressesprecherin</p>"),
        ("pressekontakt", "<h3>Kontakt für Rückfragen</h3><p>Pressestelle, Telefon 0123</p>"),
        ("media-contact", "<h3>Media contact</h3><p>Jane Example, press office</p>"),
    ],
)
def test_poll_disclaimer_and_contact_boxes_leave(name: str, box: str) -> None:
    body = _body(article_page(tail=f'<div class="{name}">{box}</div>'))
    assert "Volksbank Musterstadt" in body
    for text in ("Instagram schreiben", "Anlageberatung", "Preise", "Erika", "Rückfragen", "Jane"):
        assert text not in body


@pytest.mark.parametrize("name", ["polling-station", "disclaimer-link-list", "kontakte-der-bank"])
def test_boxes_named_otherwise_stay(name: str) -> None:
    text = "Die Volksbank nennt im fünften Absatz ihre Ansprechpartner für Vereine und Schulen."
    assert "fünften Absatz" in _body(article_page(tail=f'<div class="{name}"><p>{text}</p></div>'))


@pytest.mark.parametrize(
    "name",
    [
        "native-ad",
        "sponsored-content",
        "article-sponsor",
        "affiliate-hinweis",
        "transparenz",
        "nl-inline",
        "autorbox",
    ],
)
def test_paid_slot_affiliate_note_newsletter_and_author_boxes_leave(name: str) -> None:
    box = "<p>Anzeige: Das Tagesgeldkonto unseres Partners bringt jetzt drei Prozent Zinsen.</p>"
    body = _body(article_page(tail=f'<div class="{name}">{box}</div>'))
    assert "Volksbank Musterstadt" in body
    assert "Tagesgeldkonto" not in body


@pytest.mark.parametrize("name", ["sponsored-by-the-bank", "autoren", "partner"])
def test_paid_and_author_names_otherwise_stay(name: str) -> None:
    text = "Die Volksbank nennt im fünften Absatz ihre Partner und die Autoren der Studie."
    assert "fünften Absatz" in _body(article_page(tail=f'<div class="{name}"><p>{text}</p></div>'))


TEXT = [
    f"Die Hochschule erklärt im {n}. Absatz, was die Studie über Banken zeigt." for n in (1, 2, 3)
]


@pytest.mark.parametrize(
    "label", ["Presseinformation Nr. 118/2026 vom 23.06.2026", "Pressemitteilung vom 3. März 2026"]
)
def test_release_label_with_its_date_above_the_text_leaves(label: str) -> None:
    assert clean_lines([label, *TEXT], "", "", SiteRules())[0] == TEXT


@pytest.mark.parametrize(
    "heading",
    ["Originalpublikation:", "Kontakt für Rückfragen", "Wissenschaftlicher Ansprechpartner"],
)
def test_a_research_release_closing_block_leaves_with_what_follows(heading: str) -> None:
    lines = [*TEXT, heading, "Muster, A.: Banken im Netz. Zeitschrift 4 (2026), S. 1-9."]
    assert clean_lines(lines, "", "", SiteRules())[0] == TEXT


def test_a_closing_heading_in_the_first_half_and_a_label_in_a_sentence_stay() -> None:
    lines = ["Originalpublikation:", *TEXT, "Die Pressemitteilung vom 3. März 2026 nannte Zahlen."]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines
