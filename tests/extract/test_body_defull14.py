"""Body rules from de_full14's misses, judged on de_full15 (issue 11): kinds of line and of
markup read on de_full14, each on small invented pages or lines, with the text it must leave
alone."""

from __future__ import annotations

import lxml.html
import pytest
from extract_pages import FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept
from lxml import etree

from newsarchive.extract import extract
from newsarchive.extract.layout import unwrap_layout_tables

URL = "https://blog.example/2026/11/filiale/"


def _body(html: bytes) -> str:
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def test_a_reading_tip_leaves() -> None:
    for line in (
        "Lesetipp: Sparkasse eröffnet neue Filiale am Markt",
        "Unser Lesetipp: Was das neue Kontomodell kostet",
        "Leseempfehlung: Die Zinswende und ihre Folgen",
    ):
        assert _kept([TEXT[0], line, *TEXT[1:]]) == TEXT


def test_a_sentence_about_reading_stays() -> None:
    line = "Lesetipps für Kinder verteilt die Bank in ihren Filialen an jedem ersten Montag."
    assert _kept([*TEXT, line]) == [*TEXT, line]


@pytest.mark.parametrize("cls", ["mailpoet_form", "mc4wp-form", "sib-form", "tnp-subscription"])
def test_a_newsletter_plugins_signup_form_leaves(cls: str) -> None:
    form = (
        f'<div class="{cls}"><p>Bleib auf dem Laufenden! Alles Neue aus dem Blog.</p>'
        '<input type="email"><input type="submit" value="Eintragen"></div>'
    )
    body = _body(article_page(top="<h1>Meine Filiale</h1>", tail=form))
    assert "Bleib auf dem Laufenden" not in body
    assert "im 4. Absatz" in body


def test_a_box_of_another_class_stays() -> None:
    box = '<div class="mailpoet-history"><p>Die Sparkasse führt das Konto seit 1998.</p></div>'
    body = _body(article_page(top="<h1>Meine Filiale</h1>", tail=box))
    assert "seit 1998" in body
    assert "im 4. Absatz" in body


def _portal(column: str) -> etree._Element:
    text = "".join(
        f"<p>Die Volksbank Musterstadt erklärt im {n}. Absatz, warum sie ihre Filialen im "
        "Umland schließt und was Kundinnen und Kunden davon haben sollen.</p>"
        for n in range(1, 5)
    )
    return lxml.html.fromstring(
        "<html><body><table><tr><td><h1>Volksbank schließt Filialen</h1>"
        f"{text}</td><td>{column}</td></tr></table></body></html>"
    )


def _rows(cells: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td>{a} </td><td>{b}</td></tr>" for a, b in cells)
    return f"<b>Weitere Meldungen</b><table>{rows}</table>"


def _read(column: str) -> str:
    tree = _portal(column)
    unwrap_layout_tables(tree)
    return " ".join(tree.itertext())


def test_a_ticker_of_stamped_links_in_a_layout_column_leaves() -> None:
    stamps = ["15:17", "15:26", "15:35", "16.03.2004"]
    links = [
        (s, f"<a href='#'>Sparkasse meldet Neuigkeit Nummer {n}</a>") for n, s in enumerate(stamps)
    ]
    text = _read(_rows(links))
    assert "im 4. Absatz" in text
    assert "Weitere Meldungen" in text
    assert "Neuigkeit" not in text


def test_a_table_of_times_and_text_stays() -> None:
    rows = [
        (s, f"Beratung in der Filiale Nummer {n}") for n, s in enumerate(["9:00", "11:00", "14:00"])
    ]
    assert "Filiale Nummer 2" in _read(_rows(rows))


def test_a_short_list_of_stamped_links_stays() -> None:
    rows = [(s, f"<a href='#'>Meldung Nummer {n}</a>") for n, s in enumerate(["9:00", "11:00"])]
    assert "Meldung Nummer 1" in _read(_rows(rows))


def test_a_newsletters_pitch_leaves() -> None:
    for line in (
        "Keinen Beitrag verpassen! Trag dich in meinen Newsletter ein.",
        "Keine Artikel mehr verpassen!",
        "Verpasse keinen Beitrag mehr und abonniere den Newsletter.",
    ):
        assert _kept([TEXT[0], line, *TEXT[1:]]) == TEXT


def test_a_sentence_on_missing_a_post_stays() -> None:
    line = "Wer keinen Beitrag verpassen will, muss bei der Bank künftig selbst nachsehen."
    assert _kept([*TEXT, line]) == [*TEXT, line]
