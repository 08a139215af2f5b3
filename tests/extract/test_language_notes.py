"""A note on the piece's version in another language leaves the text: the box around a link
to the Turkish or Polish version (``hreflang`` other than the page's ``lang``) with the
note's German sentence beside it, a box listing the translations, and the German or English
sentence alone ("Die englische Fassung dieses Beitrags … ist … erschienen", "This article is
also available in English"). A paragraph of the text that links a foreign page among other
links stays. Issue 11, session 67: 6 pages'
snippets up on dates_hx and dates_hy, none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://www.kassenbrief-musterau.example/aktuelles/tuerkischer-service"
HEADLINE = "<h1>Sparkasse startet Service auf Türkisch</h1>"


def body(block: str, lang: str = "de", header: str = "") -> str:
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'></head><body>{header}<main><article>"
        f"{HEADLINE}{paragraphs('sie Fragen auf Türkisch beantwortet')}{block}"
        f"{paragraphs('Kunden jetzt im Chat schreiben')}</article></main></body></html>"
    )
    return str(extract(page.encode(), URL, fetched_at=FETCHED)["body"])


TURKISH = (
    "<a href='https://www.kassenbrief-musterau.example/tr/haber' hreflang='tr-TR'>Sparkasse "
    "Türkçe hizmet başlatıyor</a>"
)


@pytest.mark.parametrize(
    ("block", "gone"),
    [
        (
            "<div class='notice'><p>Diese Meldung gibt es auch auf Türkisch – veröffentlicht "
            "am 08.05.2024.</p><p lang='tr'>Bu haber Türkçe olarak da yayınlandı: "
            f"{TURKISH}</p></div>",
            ["Diese Meldung gibt es auch", "Bu haber"],
        ),
        (
            "<div class='versions'><h2>Sprachfassungen</h2><p>Der Beitrag erschien in drei "
            "Sprachen.</p><table><tr><td>Türkçe</td><td>"
            f"{TURKISH}</td></tr><tr><td>Polski</td><td><a href='/pl/artykul' hreflang='pl'>"
            "Kasa oszczędnościowa po turecku</a></td></tr></table></div>",
            ["Der Beitrag erschien in drei", "Polski", "hizmet"],
        ),
        (
            "<p><em>Die englische Fassung dieses Beitrags („Savings bank answers in Turkish“) ist "
            "am 19. März 2024 erschienen.</em></p>",
            ["Die englische Fassung"],
        ),
        (
            "<p>This article is also available in English: “Savings bank answers in Turkish”, "
            "published on 19 March 2024.</p>",
            ["also available in English"],
        ),
    ],
)
def test_language_note_leaves_the_text(block: str, gone: list[str]) -> None:
    text = body(block)
    assert "Fragen auf Türkisch beantwortet" in text
    assert "im Chat schreiben" in text
    assert not [g for g in gone if g in text]


def test_text_linking_a_foreign_page_stays() -> None:
    paragraph = (
        "<p>Die Beraterinnen verweisen auf die <a href='https://www.example.org/faq'>Fragen</a> "
        f"der Verbraucherzentrale und auf die türkische Seite {TURKISH} der Sparkasse.</p>"
    )
    assert "Die Beraterinnen verweisen" in body(paragraph)


def test_xhtml_language_attribute_names_the_page_language() -> None:
    # an XHTML page names its language in xml:lang alone (the parser keeps the name as written)
    block = (
        "<div class='notice'><p>Am Telefon hilft Ihnen in dieser Sprache Frau Aylin Demir "
        f"weiter.</p><p lang='tr'>Bu haber Türkçe olarak da yayınlandı: {TURKISH}</p></div>"
    )
    page = (
        "<html xml:lang='de'><head><meta charset='utf-8'></head><body><main><article>"
        f"{HEADLINE}{paragraphs('sie Fragen auf Türkisch beantwortet')}{block}"
        f"{paragraphs('Kunden jetzt im Chat schreiben')}</article></main></body></html>"
    )
    text = str(extract(page.encode(), URL, fetched_at=FETCHED)["body"])
    assert "im Chat schreiben" in text
    assert "Aylin Demir" not in text
