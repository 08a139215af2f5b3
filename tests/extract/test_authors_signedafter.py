"""A post signed in a short paragraph of its own right after its last one, which the body's
extraction leaves out (a small firm's "Aktuelles" widget over a list of other news: "Ihre
Maren Albers" over "« Zurück zur Übersicht"; half AQ's kind, issue 11): the signature is
read on the page right after the text's last paragraph; a contact box ("Ihr
Ansprechpartner" over a name) and a group are not."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.steuerbuero-beispiel.example/aktuelles/neue-gebuehren"
TEXT = "".join(
    f"<p>Viele Mandanten fragen uns nach den neuen Gebühren. Die Kosten für das Konto steigen "
    f"seit {n} Monaten spürbar. Eine Einigung mit den Banken ist nicht in Sicht.</p>"
    for n in range(2, 5)
)
MORE = (
    "<section class='cm-more'><h2>Weitere Meldungen</h2>"
    + "".join(
        f"<div class='news-item'><span class='news-date'>{d}.09.2025</span>"
        f"<h3><a href='/aktuelles/m{d}'>{t}</a></h3></div>"
        for d, t in (("23", "Neue Preise"), ("02", "Geldautomat bleibt"), ("12", "Depotkosten"))
    )
    + "</section>"
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<main class='cm-content'><h1>Aktuelles</h1><div class='cm-widget-news'>"
        f"<p class='cm-news-date'>07.10.2025</p><h2>Neue Gebühren für das Girokonto</h2>{TEXT}"
        f"{end}<p><a>« Zurück zur Übersicht</a></p></div>{MORE}</main>",
        "<title>Aktuelles - Steuerbüro Beispiel</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a formal "Ihre Name", or a greeting over the name, after the last paragraph
        ("<p>Ihre Maren Albers</p>", ["Maren Albers"]),
        ("<p>Liebe Grüße</p><p>Eure Katrin Lenz</p>", ["Katrin Lenz"]),
        # a contact box, a group or nobody: no author
        ("<p>Ihr Ansprechpartner</p><p>Frank Ullmer</p>", []),
        ("<p>Ihr Team vom Steuerbüro</p>", []),
        ("", []),
    ],
)
def test_signature_after_the_last_paragraph(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
