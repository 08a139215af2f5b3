"""Body rules from de_full31's misses, judged on de_full32 and de_full33 (issue 11): the
side column beside the article named by a German id, on small invented pages, with the
floats and frames that share its name and stay."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract

BOX = "<h4>Nächste Sitzung</h4><p>Donnerstag, 18 Uhr, im Saal des Rathauses</p>"


def _body(page: str) -> str:
    return str(extract(page_with(page), PRICES_URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize("ident", ["rechts", "Rand", "randspalte", "marginal", "rechte_spalte"])
def test_a_side_column_by_its_german_id_leaves(ident: str) -> None:
    body = _body(
        f"<div id='inhalt'><h1>Neue Preise</h1>{paragraphs('die Preise steigen', 4)}</div>"
        f"<div id='{ident}'>{BOX}</div>"
    )
    assert "erklärt im 4. Absatz, warum die Preise steigen" in body
    assert "Donnerstag, 18 Uhr" not in body


def test_a_float_by_the_class_rechts_stays() -> None:
    box = "<p class='rechts'>Die Bank hat seit Montag auch samstags geöffnet, sagt sie.</p>"
    body = _body(
        f"<div id='inhalt'><h1>Neue Preise</h1>{paragraphs('die Preise steigen', 2)}{box}"
        f"{paragraphs('sie sinken', 2)}</div>"
    )
    assert "auch samstags geöffnet" in body


def test_a_frame_named_rechts_holding_the_article_stays() -> None:
    body = _body(
        "<table><tr><td id='links'><a href='/'>Start</a> <a href='/a'>Archiv</a></td>"
        f"<td id='rechts'><h1>Neue Preise</h1>{paragraphs('die Preise steigen', 4)}</td>"
        "</tr></table>"
    )
    assert "erklärt im 4. Absatz, warum die Preise steigen" in body


MENU = "".join(
    f"<li><a href='/index.php/{n}'>{word}</a></li>"
    for n, word in enumerate(
        ["Startseite", "Leistungen", "Baufinanzierung", "Aktuelles", "Gästebuch", "Kontakt"]
    )
)
MODULES = (
    "<div class='moduletable'><h3>Ihr Termin</h3><p>Beratung nach Vereinbarung, auch abends "
    "und samstags. Rufen Sie uns an: <strong>05231 / 98 77 40</strong></p></div>"
    "<div class='moduletable'><h3>Aus unserem Gästebuch</h3><p><strong>Herbert M. aus Lage"
    "</strong> 02.07.2013</p><p>Vielen Dank für die kompetente Beratung bei unserer "
    "Anschlussfinanzierung.</p></div>"
)


@pytest.mark.parametrize("ident", ["right", "rightcol", "col-right", "sidebar_right"])
def test_a_side_column_by_its_english_id_leaves(ident: str) -> None:
    """Joomla's and old templates' right column beside a post under a main menu (session
    47, read on de_full177)."""
    body = _body(
        f"<div id='wrap'><div id='mainmenu'><ul class='menu'>{MENU}</ul></div><div "
        "id='content-wrap'><div id='main'><div class='item-page'><h2><a href='/a/57'>Neue "
        f"Preise</a></h2>{paragraphs('die Preise steigen', 4)}</div></div><div id='{ident}'>"
        f"{MODULES}</div></div></div>"
    )
    assert "erklärt im 4. Absatz, warum die Preise steigen" in body
    assert "kompetente Beratung" not in body
    assert "Beratung nach Vereinbarung" not in body


def test_a_frame_named_right_holding_the_article_stays() -> None:
    body = _body(
        "<table><tr><td id='left'><a href='/'>Start</a> <a href='/a'>Archiv</a></td>"
        f"<td id='right'><h1>Neue Preise</h1>{paragraphs('die Preise steigen', 4)}</td>"
        "</tr></table>"
    )
    assert "erklärt im 4. Absatz, warum die Preise steigen" in body
