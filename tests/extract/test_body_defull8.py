"""Body rules from de_full7's misses, judged on de_full8 (issue 11): kinds of page part read
on de_full7 and the dev pages, each on small invented lines, with the text it must leave
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept

from newsarchive.extract.extraction import extract

HEADLINE = "Volksbank startet Kanal auf Instagram"


@pytest.mark.parametrize(
    "above",
    [
        ["Fachartikel"],
        ["Geldgeschichten · Vorsorge"],
        ["Ihre Bank vor Ort › Presse › Pressemitteilungen", "Pressemitteilung · 02.06.2026"],
    ],
)
def test_labels_above_the_headline_leave(above: list[str]) -> None:
    assert _kept([*above, HEADLINE, *TEXT]) == TEXT


def test_a_sentence_above_the_headline_stays() -> None:
    line = "Die Volksbank erklärt ihren neuen Auftritt."
    assert _kept([line, HEADLINE, *TEXT]) == [line, *TEXT]


def test_a_headline_and_its_teaser_alone_keep_the_line_above() -> None:
    assert _kept(["Unsere Mission", HEADLINE, TEXT[0]]) == ["Unsere Mission", TEXT[0]]


def test_without_the_headline_a_short_first_line_is_not_read_as_a_label() -> None:
    assert _kept(["Neue Wege", "Ein kurzer Satz folgt.", *TEXT]) == [
        "Neue Wege",
        "Ein kurzer Satz folgt.",
        *TEXT,
    ]


URL = "https://bank.example/magazin/konto-fuer-kinder.html"
CLOSING = "Die Bank will das Angebot im kommenden Jahr auf weitere Filialen im Landkreis ausweiten."
POINT = "Für Kinder unter sieben Jahren führt die Bank kein Konto ohne die Eltern."


def test_a_table_in_a_figure_stays() -> None:
    table = (
        '<figure class="wp-block-table"><table><tr><th>Dienst</th><th>Nachweis</th></tr>'
        "<tr><td>Girokonto</td><td>Erbschein oder Testament</td></tr></table></figure>"
    )
    body = extract(article_page(tail=f"{table}<p>{CLOSING}</p>"), URL, fetched_at=FETCHED)["body"]
    assert "Erbschein oder Testament" in body


def test_a_picture_in_a_figure_still_leaves() -> None:
    figure = '<figure><img src="/a.jpg" alt=""><p>Das Foto zeigt die Filiale am Markt.</p></figure>'
    body = extract(article_page(tail=f"{figure}<p>{CLOSING}</p>"), URL, fetched_at=FETCHED)["body"]
    assert "Filiale am Markt" not in body


def test_a_summary_box_of_points_is_no_lead() -> None:
    teaser = "Die Volksbank Musterstadt setzt jetzt auf Instagram und LinkedIn statt auf X."
    box = (
        '<div class="summary"><h3>Das Wichtigste in Kürze</h3><ul><li>Die Bank verlässt X.</li>'
        "<li>Sie postet künftig auf Instagram und LinkedIn.</li></ul></div>"
    )
    top = f"<h1>Volksbank startet Kanal auf Instagram</h1><p><strong>{teaser}</strong></p>{box}"
    lead = extract(article_page(top=top), URL, fetched_at=FETCHED)["lead"]
    assert "Das Wichtigste" not in (lead or "")
    assert "Die Bank verlässt X." not in (lead or "")


def test_a_lead_element_of_one_paragraph_is_still_the_lead() -> None:
    teaser = "Die Volksbank Musterstadt setzt jetzt auf Instagram und LinkedIn statt auf X."
    top = f'<h1>{HEADLINE}</h1><div class="summary"><p>{teaser}</p></div>'
    assert extract(article_page(top=top), URL, fetched_at=FETCHED)["lead"] == teaser


@pytest.mark.parametrize(
    "note",
    [
        "Werbehinweis: Links mit * sind Affiliate-Links. Kaufst du darüber, erhalte ich Provision.",
        "Dieser Artikel dient ausschließlich der allgemeinen Information und stellt keine "
        "Anlageberatung dar.",
        "Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur und wurde von "
        "Medizinern geprüft.",
    ],
)
def test_a_note_on_the_text_leaves_wherever_it_stands(note: str) -> None:
    assert _kept([note, *TEXT]) == TEXT
    assert _kept([*TEXT[:1], note, *TEXT[1:]]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "In diesem Artikel sind Affiliate-Links enthalten, die mit einem Stern markiert sind.",
        "Der Text des Vertrags wurde von der Bank nicht veröffentlicht.",
    ],
)
def test_sentences_about_links_and_texts_stay(line: str) -> None:
    assert _kept([*TEXT, line]) == [*TEXT, line]


@pytest.mark.parametrize(
    "promo",
    [
        "Die wichtigsten Deals und Gründungen, jeden Morgen im Postfach.",
        "Dieser Beitrag ist öffentlich",
        "Diese Recherche ist frei lesbar, weil unsere Mitglieder sie möglich machen.",
        "Jetzt Bankenbrief unterstützen",
    ],
)
def test_a_promotion_box_line_leaves_wherever_it_stands(promo: str) -> None:
    assert _kept([*TEXT[:1], promo, *TEXT[1:]]) == TEXT


def test_a_sentence_about_a_mailbox_stays() -> None:
    line = "Die gefälschten Nachrichten landen jeden Morgen im Postfach der Kundinnen."
    assert _kept([*TEXT, line]) == [*TEXT, line]
