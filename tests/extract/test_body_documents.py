"""A PDF converted to HTML (pdftohtml -c, pdf2htmlEX) keeps its text, not its small print:
the running head and foot, a chart's source line set smaller than the text leave (issue 11,
session 32: blind de_full91, read dates_cb)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.sparkasse-beispiel.example/presse/pm_2011_04.html"
TEXT = [
    "Die Sparkasse Beispielstadt hat im Geschäftsjahr 2010 neue Kredite an",
    "mittelständische Unternehmen in Höhe von 212 Millionen Euro zugesagt.",
    "Das entspricht einem Plus von elf Prozent gegenüber dem Vorjahr und ist der",
    "höchste Wert seit Gründung der Sparkasse, teilte der Vorstand am Montag mit.",
]
HEAD = "Sparkasse Beispielstadt · Presseinformation"
FOOT = ["Registergericht: Amtsgericht Beispielstadt HRA 114", "Seite 1 von 1"]
HEADLINE = "Sparkasse Beispielstadt steigert Kreditvergabe"


def _pdftohtml() -> bytes:
    """pdftohtml -c's markup: the ``<br/>`` it writes into the ``<head>`` moves its styles
    into the body, before the page's anchor and ``<div id="page1-div">``."""
    lines = (
        f"<p class='ft10'>{HEAD}</p><p class='ft12'><b>{HEADLINE}</b></p>"
        + "".join(f"<p class='ft11'>{t}</p>" for t in TEXT)
        + "".join(f"<p class='ft10'>{t}</p>" for t in FOOT)
    )
    return page_with(
        f"<a name=1></a><div id='page1-div'>{lines}</div>",
        "<title>Microsoft Word - PM_2011_04_final.doc</title><br/>"
        "<style type='text/css'>.ft10{font-size:9px;}.ft11{font-size:11px;}"
        ".ft12{font-size:15px;}</style>",
    )


def _pdf2htmlex() -> bytes:
    lines = (
        f"<div class='t m0 fs3 fc1'>{HEAD}</div><div class='t m0 fs0'>{HEADLINE}</div>"
        + "".join(f"<div class='t m0 fs1'>{t}</div>" for t in TEXT)
        + "".join(f"<div class='t m0 fs3 fc1'>{t}</div>" for t in FOOT)
    )
    return page_with(
        "<div id='page-container'><div id='pf1' class='pf w0 h0' data-page-no='1'>"
        f"<div class='pc pc1'>{lines}</div></div></div>",
        "<meta name='generator' content='pdf2htmlEX'>"
        "<style>.fs0{font-size:88px;}.fs1{font-size:44px;}.fs3{font-size:36px;}</style>",
    )


@pytest.mark.parametrize("page", [_pdftohtml(), _pdf2htmlex()])
def test_a_converted_pdf_s_small_print_leaves_its_text_stays(page: bytes) -> None:
    article = extract(page, URL, fetched_at=FETCHED)
    assert article["title"] == HEADLINE
    for line in TEXT:
        assert line in article["body"]
    for line in (HEAD, *FOOT):
        assert line not in article["body"]


def test_small_classed_text_on_another_page_stays() -> None:
    """A page no converter wrote keeps its small print (the page's own rules decide)."""
    page = page_with(
        f"<main><h1>{HEADLINE}</h1>"
        + "".join(f"<p class='ft11'>{t}</p>" for t in TEXT)
        + f"<p class='ft10'>{FOOT[0]}</p></main>",
        "<style>.ft10{font-size:9px;}.ft11{font-size:11px;}</style>",
    )
    assert FOOT[0] in extract(page, URL, fetched_at=FETCHED)["body"]


def test_a_word_exports_running_head_and_foot_leave() -> None:
    """Word's HTML export sets its page head and foot in the styles ``MsoHeader`` and
    ``MsoFooter`` (blind de_full91's circulars)."""
    page = page_with(
        "<div class=WordSection1>"
        f"<p class=MsoHeader align=right>{HEAD}</p><h1>{HEADLINE}</h1>"
        + "".join(f"<p class=MsoNormal>{t}</p>" for t in TEXT)
        + f"<p class=MsoFooter>{FOOT[0]}</p></div>",
        "<title>Rundschreiben 14/2025</title><meta name=Generator content='Microsoft Word 15'>",
    )
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert TEXT[0] in body
    assert HEAD not in body
    assert FOOT[0] not in body
