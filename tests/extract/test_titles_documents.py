"""PDFs converted to HTML (pdftohtml, pdf2htmlEX; issue 11, session 31): the ``<title>`` is a
file name or a stale document property, the headline is the first page's largest line
(read on de_full12, dates_bm, dates_cb); a user name as a title is no file name."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract

URL = "https://www.sparkasse-beispiel.example/presse/pm_2011_04.html"
STYLE = (
    "<style type='text/css'>.ft01{font-size:20px;font-weight:bold;}"
    ".ft02{font-size:11px;}.ft03{font-size:13px;}</style>"
)
LINES = [
    ("ft02", "Sparkasse Beispielstadt · Presseinformation"),
    ("ft02", "Beispielstadt, den 17.02.2011"),
    ("ft01", "Sparkasse Beispielstadt steigert Kreditvergabe"),
    ("ft03", "Die Sparkasse Beispielstadt hat im Geschäftsjahr 2010 neue Kredite an"),
    ("ft03", "mittelständische Unternehmen in Höhe von 212 Millionen Euro zugesagt."),
    ("ft03", "Das entspricht einem Plus von elf Prozent gegenüber dem Vorjahr und ist der"),
    ("ft03", "höchste Wert seit Gründung der Sparkasse, teilte der Vorstand mit."),
]


def _pdftohtml(title: str) -> bytes:
    lines = "".join(f"<p class='{c}'>{t}</p>" for c, t in LINES)
    return page_with(
        f"<div id='page1-div'><img alt='background image' src='p001.png'>{lines}</div>",
        f"<title>{title}</title>{STYLE}",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Microsoft Word - PM_2011_04_final.doc",
        "Studie_Kreditvergabe_2011_Kurzfassung_v7",
        "pm_2011_04.pdf",
        "Presseinformation Kredite",  # a stale document property: the page's line wins
    ],
)
def test_a_converted_pdf_is_titled_by_its_largest_line(title: str) -> None:
    page = _pdftohtml(title)
    assert extract(page, URL, fetched_at=FETCHED)["title"] == (
        "Sparkasse Beispielstadt steigert Kreditvergabe"
    )


def test_a_wrapped_headline_in_its_converters_inline_markup() -> None:
    """pdftohtml -c sets a bold line's text in ``<b>``, pdf2htmlEX spaces a line's words with
    ``<span class="_ _0">``: the line is still a line, and the headline's lines in a row are
    one headline (session 32, blind de_full91)."""
    head = "".join(f"<p class='{c}'>{t}</p>" for c, t in LINES if c == "ft02")
    text = "".join(f"<p class='{c}'>{t}</p>" for c, t in LINES if c == "ft03")
    bold = (
        "<p class='ft01'><b>Sparkasse Beispielstadt steigert</b>&#160;</p>"
        "<p class='ft01'><b>Kreditvergabe</b>&#160;</p>"
    )
    pdftohtml = page_with(
        f"<div id='page1-div'>{head}{bold}{text}</div>",
        f"<title>Microsoft Word - PM_2011_04_final.doc</title>{STYLE}",
    )
    spaced = page_with(
        "<div id='page-container'><div id='pf1' class='pf w0 h0' data-page-no='1'>"
        "<div class='pc pc1'>"
        "<div class='t m0 fs3'>Sparkasse Beispielstadt · Presseinformation</div>"
        "<div class='t m0 fs0'>Sparkasse Beispielstadt<span class='_ _0'> </span>steigert "
        "Kreditvergabe</div>"
        + "".join(f"<div class='t m0 fs1'>{t}</div>" for c, t in LINES if c == "ft03")
        + "</div></div></div>",
        "<meta name='generator' content='pdf2htmlEX'>"
        "<style>.fs0{font-size:88px;}.fs1{font-size:44px;}.fs3{font-size:36px;}</style>",
    )
    for page in (pdftohtml, spaced):
        assert extract(page, URL, fetched_at=FETCHED)["title"] == (
            "Sparkasse Beispielstadt steigert Kreditvergabe"
        )


def test_pdftohtml_plain_output_is_titled_by_its_first_bold_line() -> None:
    text = "".join(f"{t}&#160;<br>\n" for c, t in LINES if c == "ft03")
    page = page_with(
        "<a name=1></a>Sparkasse Beispielstadt<br><b>Presseinformation</b><br><br>"
        f"<b>Sparkasse Beispielstadt steigert Kreditvergabe</b><br><br>{text}",
        "<title>Microsoft Word - PM_2011_04_final.doc</title>"
        "<meta name='generator' content='pdftohtml 0.36'>",
    )
    assert extract(page, URL, fetched_at=FETCHED)["title"] == (
        "Sparkasse Beispielstadt steigert Kreditvergabe"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Microsoft Word - PM_2011_04_final.doc", True),
        ("Studie_Kreditvergabe_2011_Kurzfassung_v7", True),
        ("mb_2003_2.pdf", True),
        ("Flyer Herbst.indd", True),
        # a user name, a plain title: no file name
        ("ligakasse_tk", False),
        ("@kasse_mira", False),
        ("bankfan_77", False),
        ("Merkblatt P-Konto", False),
    ],
)
def test_a_file_name_as_title(title: str, expected: bool) -> None:
    assert bool(data.DOCUMENT_FILE_TITLE.fullmatch(title)) is expected
