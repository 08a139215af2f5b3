"""A consent banner's notice that no consent class marks is no text, however many sentences
it runs to: "Wir verwenden Cookies und ähnliche Technologien, um …", "This website uses
cookies." (issue 11, session 61: snippets 12 up, token F1 9 up, 0 down on the read judges;
dev unchanged). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import body_around

from newsarchive.extract.legalnotes import is_legal_note

NOTICES = [
    "Wir verwenden Cookies und ähnliche Technologien, um unsere Website für Sie optimal zu "
    "gestalten. Notwendige Cookies sind für den Betrieb der Seite erforderlich. Weitere "
    "Cookies setzen wir nur mit Ihrer Einwilligung ein, zum Beispiel für Statistik.",
    "Diese Website verwendet Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu "
    "ermöglichen. Einige Cookies sind technisch notwendig, andere helfen uns, die Website zu "
    "verbessern oder Inhalte von Drittanbietern einzubinden.",
    "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell.",
    "This website uses cookies.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_consent_notice_between_the_paragraphs_is_no_text(notice: str) -> None:
    body = body_around(f"<div class='hinweis'><p>{notice}</p></div>")
    assert "cookies" not in body.lower()
    assert "warum die Preise steigen" in body


@pytest.mark.parametrize(
    "line",
    [
        "Die Sparkasse verwendet Cookies künftig nur noch mit Einwilligung, sagt ihr Sprecher.",
        "Wir haben die Datenschutzerklärung der Bank gelesen: Sie nennt 14 Partner.",
    ],
)
def test_a_sentence_about_cookies_stays(line: str) -> None:
    assert not is_legal_note(line, closing=False)
