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


URL = "http://www.bank.example/aktuell/preise.htm"


def _body(picture: str) -> str:
    text = (
        f"<h1>Neue Preise</h1>{paragraphs('die Preise steigen')}{picture}{paragraphs('sie sinken')}"
    )
    return str(extract(page_with(f"<main>{text}</main>"), URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "picture",
    [
        '<p align="center"><img src="a.jpg"><br><font size="1">Die Filiale am Markt.</font></p>',
        '<p><a href="b.htm"><img src="b.jpg"></a><br>Der Vorstand bei der Vorstellung.</p>',
    ],
)
def test_a_pictures_caption_under_a_line_break_leaves(picture: str) -> None:
    body = _body(picture)
    assert "erklärt im 3. Absatz, warum sie sinken" in body
    assert "Vorstand" not in body and "Filiale am Markt" not in body


def test_a_paragraph_opening_with_a_small_picture_stays() -> None:
    line = "Die Filiale am Markt öffnet wieder."
    body = _body(f'<p><img src="neu.gif"> {line}</p>')
    assert line in body
