"""A document viewer's text layer (pdf.js, flipbooks, document-sharing sites) shows a PDF's
page as placed, sized lines; its headline is its largest line (lines of that size in a row
joined), not the document's or the issue's name the ``<title>`` gives. A masthead's single
word over it is none: the next size is. Issue 11, session 55: 6 read judges' titles up,
none down. Small invented pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kundenmagazin-beispiel.example/ausgaben/2024-herbst/seite-12"
TITLE = "<title>Kundenmagazin Herbst 2024 - Seite 12</title>"
TEXT = [
    f"Die Sparkasse Beispieltal erklärt in der {n}. Zeile des Magazins, warum sie nun auf"
    for n in range(1, 15)
]


def pdfjs(size: str, line: str, top: float) -> str:
    """A pdf.js text layer's span."""
    return (
        f"<span role='presentation' dir='ltr' style='left: 10.42%; top: {top:.2f}%; "
        f"font-size: calc(var(--scale-factor)*{size}px); font-family: sans-serif;'>{line}</span>"
        "<br role='presentation'>"
    )


def flipbook(size: str, line: str, top: float) -> str:
    """A flipbook's text line: a placed box around a sized span."""
    return (
        f"<div class='fb-text' style='left:40px;top:{top:.0f}px'>"
        f"<span class='fbl' style='font-size:{size}px'>{line}</span></div>"
    )


def title_of(layer: str) -> str:
    """The title of a viewer page holding ``layer``."""
    page = page_with(
        "<div class='toolbar'><span>Kundenmagazin · Herbst 2024</span></div>"
        f"<div class='page'><div class='textLayer'>{layer}</div></div>",
        TITLE,
    )
    return str(extract(page, URL, fetched_at=FETCHED)["title"])


@pytest.mark.parametrize("line", [pdfjs, flipbook])
def test_the_largest_line_of_a_text_layer_is_the_headline(
    line: Callable[[str, str, float], str],
) -> None:
    layer = (
        line("24.00", "MAGAZIN", 5)  # the masthead: one word
        + line("18.00", "Die Filiale wandert", 10)
        + line("18.00", "ins Smartphone", 12)
        + "".join(line("10.00", t, 20 + n) for n, t in enumerate(TEXT))
    )
    assert title_of(layer) == "Die Filiale wandert ins Smartphone"


def test_an_archive_s_inlined_margins_are_no_text_layer() -> None:
    # archive.today-style snapshots inline every style ("margin-top", no "top")
    lines = "".join(f"<p style='margin-top:0px;font-size:18px'>{t} geht.</p>" for t in TEXT)
    page = page_with(
        "<main><article><h1 style='margin-top:8px;font-size:30px'>Die Filiale wandert ins "
        f"Smartphone</h1>{lines}<h3 style='margin-top:4px;font-size:40px'>Schreibe einen "
        "Kommentar</h3></article></main>",
        "<title>Die Filiale wandert ins Smartphone | Beispielblatt</title>",
    )
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Die Filiale wandert ins Smartphone"
