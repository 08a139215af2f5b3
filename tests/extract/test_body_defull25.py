"""Body rules from de_full25's misses, judged on de_full26 to de_full28 (issue 11): kinds of
page part read on de_full25 (and the older read sets), each on small invented lines or
pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import (
    FETCHED,
    LINES,
    PRICES_URL,
    body_around,
    kept_lines,
    page_with,
    paragraphs,
)

from newsarchive.extract import extract


@pytest.mark.parametrize("kind", ["contact-card", "contact-box", "press-contact", "pressContact"])
def test_a_contact_card_in_its_english_class_leaves(kind: str) -> None:
    card = (
        f'<div class="{kind}"><h3>Ihr Ansprechpartner bei uns</h3>'
        "<p>Team Firmenkunden<br>Telefon 0123 456-78</p></div>"
    )
    body = body_around(card)
    assert "erklärt im 3. Absatz, warum sie sinken" in body
    assert "Team Firmenkunden" not in body


@pytest.mark.parametrize("kind", ["contact-form-wrap", "contactless", "contact"])
def test_a_contact_class_on_text_stays(kind: str) -> None:
    long = "Die Bank beantwortet Fragen zum Konto jetzt auch im Chat, sagt ihr Sprecher. " * 6
    body = body_around(f'<div class="{kind}"><p>{long}</p></div>')
    assert "jetzt auch im Chat" in body


def test_an_english_contact_card_with_a_label_is_left_to_the_line_rules() -> None:
    card = (
        '<div class="contact"><p><strong>Pressekontakt:</strong><br>Erna Beispiel<br>'
        "Telefon 0123 456-78</p></div><p>Original-Content von: Bank, übermittelt durch Portal</p>"
    )
    page = page_with(
        f"<main><h1>Neue Preise</h1>{paragraphs('die Preise steigen', 5)}{card}</main>"
    )
    body = str(extract(page, PRICES_URL, fetched_at=FETCHED)["body"])
    assert "erklärt im 5. Absatz, warum die Preise steigen" in body
    assert "Erna Beispiel" not in body
    assert "Original-Content" not in body


@pytest.mark.parametrize(
    "stamp",
    [
        "Gepostet von Erna Beispiel am 3. November 2009 um 18:20 · Ansichten anzeigen (900)",
        "Geschrieben von Erna Beispiel am 13. September 2005 · Verbraucher · 2 Kommentare",
        "geschrieben von erna_b um 22:14 | Permalink | Kommentare (2) | Trackbacks (0)",
        "Blogbeitrag von Erna Beispiel",
        "Ein Beitrag von Erna Beispiel und Hans Muster",
        "Ein Beitrag von Erna Beispiel (Verbraucherberaterin)",
        "Von: Erna Beispiel am Montag, 9. Mai 2011 [17:30 UTC] (319 Aufrufe)",
        "Posted by Erna Beispiel at 10:14 | 2 comments",
    ],
)
def test_a_posts_stamp_line_above_the_text_leaves(stamp: str) -> None:
    assert kept_lines([stamp, *LINES]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Ein Beitrag von uns allen für die Region, sagt der Vorstand.",
        "Geschrieben von Hand wird hier nichts mehr, sagt die Bank.",
        "Von der Filiale bleibt nur der Automat übrig.",
    ],
)
def test_a_sentence_opening_like_a_post_stamp_stays(line: str) -> None:
    assert kept_lines([line, *LINES]) == [line, *LINES]


@pytest.mark.parametrize("label", ["Zur Sache", "Hintergrund", "Zum Verein"])
def test_a_fact_boxs_label_line_leaves_its_text_stays(label: str) -> None:
    assert kept_lines([LINES[0], label, *LINES[1:]]) == LINES


def test_a_label_word_closing_the_text_stays() -> None:
    assert kept_lines([*LINES, "Hintergrund"]) == [*LINES, "Hintergrund"]


def test_a_fact_cards_label_leaves_on_a_page() -> None:
    card = (
        '<div class="card"><h3>Zur Sache</h3><p>Banken dürfen in sozialen Netzwerken keine '
        "Auskunft über einzelne Konten geben, dafür gilt das Bankgeheimnis.</p></div>"
    )
    body = body_around(card)
    assert "dafür gilt das Bankgeheimnis" in body
    assert "Zur Sache" not in body


@pytest.mark.parametrize(
    "contact",
    [
        ["Für Rückfragen: Erna Beispiel, Telefon 0123 45-678"],
        ["Rückfragen bitte an:", "Pressestelle", "Erna Beispiel"],
        ["Für Rückfragen:", "Erna Beispiel", "Telefon 0123 45-678"],
    ],
)
def test_a_releases_query_label_closes_the_text(contact: list[str]) -> None:
    assert kept_lines([*LINES, *contact]) == LINES


def test_a_sentence_about_queries_stays() -> None:
    line = "Für Rückfragen steht Ihnen die Pressestelle gern zur Verfügung."
    assert kept_lines([*LINES, line]) == [*LINES, line]
