"""Body rules from de_full29's misses, judged on de_full30 (issue 11): kinds of page part
read on de_full29 (and the older read sets), each on small invented pages, with the text it
must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract

COMMENT = (
    "<p><b>Sparfuchs</b> schrieb: Bei uns in der Filiale ist es genauso gelaufen, und "
    "niemand hat uns vorher etwas davon gesagt.</p>"
)


def _body(main: str) -> str:
    page = page_with(f'<table><tr><td class="inhalt"><h1>Neue Preise</h1>{main}</td></tr></table>')
    return str(extract(page, PRICES_URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "caption",
    [
        '<div class="capmain">Kommentare</div>',
        "<p>( Weiterlesen... | 14 Kommentare )</p>",
        "<p>3 Kommentare · Drucken</p>",
        "<div>Leserkommentare (2)</div>",
    ],
)
def test_comments_under_a_caption_after_the_text_leave(caption: str) -> None:
    body = _body(f"{paragraphs('die Preise steigen', 4)}{caption}{COMMENT}")
    assert "erklärt im 4. Absatz, warum die Preise steigen" in body
    assert "Sparfuchs" not in body
    assert "Filiale ist es genauso" not in body


def test_a_counter_above_the_text_keeps_the_text() -> None:
    body = _body(f"<p>3 Kommentare</p>{paragraphs('die Preise steigen', 4)}")
    assert "erklärt im 1. Absatz, warum die Preise steigen" in body
    assert "erklärt im 4. Absatz, warum die Preise steigen" in body


@pytest.mark.parametrize(
    "line", ["<p>Kommentar:</p>", "<p>Die Kommentare der Kunden waren deutlich.</p>"]
)
def test_a_commentary_label_or_a_sentence_keeps_what_follows(line: str) -> None:
    body = _body(f"{paragraphs('die Preise steigen', 4)}{line}{paragraphs('sie sinken')}")
    assert "erklärt im 3. Absatz, warum sie sinken" in body


def test_a_share_bars_counter_under_the_lead_keeps_the_text() -> None:
    bar = '<div><a href="#comments"><span>0</span><span> Kommentare</span></a></div>'
    body = _body(f"{paragraphs('die Preise steigen', 4)}{bar}{paragraphs('sie sinken', 6)}")
    assert "erklärt im 6. Absatz, warum sie sinken" in body


def test_a_name_and_role_closing_the_text_signs_it() -> None:
    last = (
        "<p>Die neuen Preise gelten ab dem ersten Tag des kommenden Quartals für alle Konten, "
        "auch für bestehende, und eine neue Vereinbarung müssen die Kundinnen und Kunden dafür "
        "nicht unterschreiben.</p>"
    )
    text = paragraphs("die Preise steigen", 3) + last
    page = page_with(f"<main><h1>Neue Preise</h1>{text}<p>Ulrich Beispiel, Kassenwart</p></main>")
    result = extract(page, PRICES_URL, fetched_at=FETCHED)
    assert result["authors"] == ["Ulrich Beispiel"]
    assert "erklärt im 3. Absatz" in str(result["body"])
