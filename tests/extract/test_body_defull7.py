"""Body rules from de_full6's misses, judged on de_full7 (issue 11): kinds of page part read
on de_full4 to de_full6, each on small invented pages or lines, with the text it must leave
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page, page_with, paragraphs

from newsarchive.extract.extraction import extract

URL = "https://magazin.example/wirtschaft/bank-app-2026.html"
MORE = paragraphs("sie die Filialen umbaut", 2)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="support"><h4>Guter Journalismus braucht Sie</h4><p>Unsere Texte sind frei '
        "zugänglich. Helfen Sie mit einem Beitrag.</p><button>Jetzt helfen</button></div>",
        '<div class="nl"><p><strong>Newsletter „Geldwoche“</strong></p><p>Jeden Montag die '
        "Themen der Woche.</p><button>Anmelden</button></div>",
        '<section class="offer"><h3>Weiter mit Plus</h3><p>Alle Texte für 1 Euro im ersten '
        "Monat.</p><button>Testen</button></section>",
    ],
)
def test_a_short_box_around_a_button_leaves_and_the_text_after_it_stays(box: str) -> None:
    body = extract(article_page(tail=box + MORE), URL, fetched_at=FETCHED)["body"]
    assert "warum sie die Filialen umbaut" in body
    for gone in ("braucht Sie", "Themen der Woche", "im ersten Monat"):
        assert gone not in body


ANSWER = "Die neuen Preise gelten ab dem ersten Tag des kommenden Quartals, sagt die Bank."


def test_an_accordion_question_with_its_answer_stays() -> None:
    item = (
        '<div class="acc"><button aria-expanded="false">Ab wann gelten die Preise?</button>'
        f"<div><p>{ANSWER}</p></div></div>"
    )
    body = extract(article_page(tail=item), URL, fetched_at=FETCHED)["body"]
    assert ANSWER in body


def test_a_long_box_with_a_button_stays() -> None:
    box = f"<div>{paragraphs('sie ein neues Konto anbietet', 3)}<button>Mehr</button></div>"
    body = extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"]
    assert "ein neues Konto anbietet" in body


def test_a_banner_of_the_page_frame_is_not_taken_for_one_in_the_text() -> None:
    banner = "<div class='banner'><div>Ihr Browser ist veraltet.</div><button>x</button></div>"
    text = paragraphs("sie den Browser prüft", 4)
    body = extract(page_with(banner + f"<div>{text}</div>"), URL, fetched_at=FETCHED)["body"]
    assert "den Browser prüft" in body


CITATION = "Originalpublikation: Muster, A. et al.: Geld und Netz. Zeitschrift für Banken (2026)."


def test_a_releases_original_publication_closes_the_text() -> None:
    tail = f"<p>{CITATION}</p><p>Wissenschaftlicher Kontakt:</p><p>Dr. Anna Muster</p>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert "Originalpublikation" not in body
    assert "Anna Muster" not in body


def test_a_list_of_further_links_closes_the_text_with_only_short_lines_after_it() -> None:
    links = "".join(
        f"<li><a href='/l{n}'>Bericht Nummer {n} zum Projekt</a></li>" for n in range(6)
    )
    tail = f"<p>Weitere Informationen:</p><ul>{links}</ul><p>Kontakt: Pressestelle</p>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert "Weitere Informationen" not in body
    assert "Bericht Nummer 3" not in body


def test_the_further_information_label_before_paragraphs_in_the_first_half_stays_in() -> None:
    top = "<p>Weitere Informationen:</p>"
    body = extract(article_page(top=top), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body


@pytest.mark.parametrize(
    "note",
    [
        "*Affiliate-Links: Wenn Sie über einen markierten Link kaufen, erhalten wir Geld.",
        "Transparenzhinweis: Dieser Beitrag enthält Affiliate-Links. Am Preis ändert das nichts.",
        "This post contains affiliate links. We may earn a commission.",
    ],
)
def test_an_affiliate_note_leaves_a_sentence_on_affiliate_links_stays(note: str) -> None:
    line = "Affiliate-Links sind ein Geschäftsmodell, mit dem viele Blogs ihr Geld verdienen."
    tail = f"<p>{note}</p><p>{line}</p>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert note not in body
    assert line in body
