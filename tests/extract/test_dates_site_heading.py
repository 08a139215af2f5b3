"""An ``<h1>`` naming the site (TikiWiki's ``<h1 class="sitetitle">``) is not the headline
when a later ``<h1>`` is (issue 11: rd7, from half AQ's misses); small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on
from lxml import html

from newsarchive.extract.index import first_headline

TEXT = paragraphs("sich Tagesgeld-Hopping für Kleinanleger lohnt")
SIDE = "".join(
    f"<li><a>Seite {n}</a> <span>{day}.06.2006</span></li>" for n, day in ((1, 28), (2, 26))
)


def _page(site_class: str, line: str) -> str:
    return (
        f"<table><tr><td><h1 class='{site_class}'>Kleinanleger-Treff</h1></td></tr><tr>"
        f"<td class='left'><div class='menu'>Menü</div><h3>Letzte Änderungen</h3><ul>{SIDE}</ul>"
        "<p>Impressum</p><p>Datenschutz</p><p>Kontakt</p></td>"
        "<td class='center'><div class='article'><div class='topic'>Geldanlage</div>"
        f"<h1 class='articletitle'>Tagesgeld-Hopping: Lohnt sich der Aufwand?</h1>"
        f"<div class='titleb'>{line}</div><div class='body'>{TEXT}</div></div></td></tr></table>"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<h1 class='sitetitle'>Treff</h1><h1>Tagesgeld</h1>", "Tagesgeld"),
        ("<h1 class='site-title'>Treff</h1><p>Tagesgeld</p>", "Treff"),  # an only <h1> stays
        ("<h1 class='titel'>Treff</h1><h1>Tagesgeld</h1>", "Treff"),
    ],
)
def test_a_site_heading_is_passed_over(body: str, expected: str) -> None:
    headline = first_headline(html.fromstring(f"<html><body>{body}</body></html>"))
    assert headline is not None
    assert headline.text == expected
