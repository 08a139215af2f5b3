"""Author labels of CMS fields and association pages ("Autor(en):" in Drupal's
``field-label``, "Verfasser:" in a table cell before the name; kind read in half AB, issue
11): the name in the next element read, on small invented pages; a label with no name after
it, or a group after it, gives nobody. A plural label ("Autor*innen", "Autorinnen und
Autoren") over names one a node (a role node after each passed over): all of them
(sessions 34, 35); linked names joined by semicolons (a repository's cell, session 38)."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.bankpraxis.example/vertrieb/filialnetz-was-kunden-wollen"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben wieder mehrere Sparkassen ihre Filialen umgebaut, während die "
    "Direktbanken ihr Angebot am Telefon und in der App erweitert haben.</p>"
    for n in range(1, 5)
)


def authors(fields: str) -> list[str]:
    html = page_with(
        "<div id='header'><a class='logo'>BankPraxis</a></div><div id='content'>"
        f"<h1 class='title'>Filialnetz: Was Kunden wirklich wollen</h1>{fields}"
        f"<div class='field-name-body'>{TEXT}</div></div>",
        "<title>Filialnetz: Was Kunden wirklich wollen | BankPraxis</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def drupal(label: str, value: str) -> str:
    return (
        f"<div class='field field-name-field-autor'><div class='field-label'>{label}&nbsp;</div>"
        f"<div class='field-items'><div class='field-item'>{value}</div></div></div>"
    )


def table(label: str, value: str) -> str:
    return (
        f"<table border='0'><tr><td><b>{label}</b></td><td>{value}</td></tr>"
        "<tr><td><b>Datum:</b></td><td>01.07.2004</td></tr></table>"
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (drupal("Autor(en):", "Malte Ohlsen, Kira Brandes"), ["Malte Ohlsen", "Kira Brandes"]),
        (drupal("Autor(in):", "Kira Brandes"), ["Kira Brandes"]),
        (drupal("Autor(innen):", "Kira Brandes"), ["Kira Brandes"]),
        (table("Verfasser:", "Rolf Dammann"), ["Rolf Dammann"]),
        # a repository's linked names joined by semicolons (DSpace's "Autor(en):" cell)
        (
            table("Autor(en):", "<a href='/browse?value=A'>Rolf Dammann</a>; <a>Ute Brandes</a>"),
            ["Rolf Dammann", "Ute Brandes"],
        ),
        (table("Verfasserin:", "Ute Brandes"), ["Ute Brandes"]),
        (table("Verfasser(in):", "Ute Brandes"), ["Ute Brandes"]),
        # a plural label over one linked name a node (a Drupal field's items; session 34,
        # de_full104); a singular label keeps its one name, a date ends the names
        (
            drupal("Autor*innen", "<a>Prof. Dr. Annika Brügge</a></div><div><a>Jonas Wetzlar</a>"),
            ["Prof. Dr. Annika Brügge", "Jonas Wetzlar"],
        ),
        (
            drupal(
                "Autoren", "<a>Malte Ohlsen</a></div><div><a>Kira Brandes</a></div><div>09.04.2026"
            ),
            ["Malte Ohlsen", "Kira Brandes"],
        ),
        (drupal("Autorin", "<a>Kira Brandes</a></div><div><a>Jonas Wetzlar</a>"), ["Kira Brandes"]),
        # the paired plural over person cards, a role under each name (session 35,
        # de_full109); the role is no writer
        (
            drupal(
                "Autorinnen und Autoren",
                "<span>Dr. Henrike Kessel</span> <span>Partnerin, Banking</span></div><div>"
                "<span>Minh Hoa</span> <span>Managing Partner</span>",
            ),
            ["Dr. Henrike Kessel", "Minh Hoa"],
        ),
        # a group or nothing after the label: nobody
        (drupal("Autor(en):", "Redaktion"), []),
        (table("Verfasser:", "01.07.2004"), []),
        (table("Abteilung:", "Rolf Dammann"), []),
    ],
)
def test_label_before_the_name(fields: str, expected: list[str]) -> None:
    assert authors(fields) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Analyst: Christoph Nerger", ["Christoph Nerger"]),
        ("Analystin: Dr. Sarah Lindqvist", ["Dr. Sarah Lindqvist"]),
    ],
)
def test_research_note_analyst_label(line: str, expected: list[str]) -> None:
    # a broker's research note names its writers as analysts (session 33, de_full98)
    html = page_with(
        "<main><article><h1>Hafenbank Direkt: Kursziel auf 12,50 Euro angehoben</h1>"
        f"<p class='analysts'>{line}<br>Telefon: +49 40 3344-7120</p>{ARTICLE}</article>"
        "</main>",
        "<title>Hafenbank Direkt: Kursziel angehoben | Haberland Research</title>",
    )
    assert extract(html, "https://research.example/studie/1", fetched_at=FETCHED)["authors"] == (
        expected
    )
