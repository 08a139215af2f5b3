"""The page-wide form of server frameworks (issue 11): ASP.NET WebForms, SharePoint,
DotNetNuke and the like wrap the whole page in one ``<form>``; the post's heading, byline
and lists inside it are read, while a search or comment form stays a skipped part. Pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs
from lxml import html

from newsarchive.extract import extract
from newsarchive.extract.index import form_part
from newsarchive.extract.names import split_authors

URL = "http://www.musterbank.example/news/article.aspx?id=4711"
HEADER = (
    "<div id='ctl00_header'><a href='/'>Musterbank</a> | <a href='/news/'>News</a> | "
    "<a href='/kontakt/'>Kontakt</a></div>"
)
FOOTER = "<div id='ctl00_footer'>© Musterbank AG · Impressum · Datenschutz</div>"
SEARCH = "<form id='search' action='/suche.aspx'><input name='q'><input type='submit'></form>"
LIST = (
    "<ul><li>Antworten auf Fragen innerhalb eines Werktags</li>"
    "<li>Keine Kontonummern in öffentlichen Nachrichten</li>"
    "<li>Ein eigenes Team für die Kanäle am Wochenende</li></ul>"
)


def _page(top: str, tail: str = "", form: str = "<form id='aspnetForm' method='post'>") -> bytes:
    """An invented ASP.NET-style page: everything inside ``form`` (header, the article with
    ``top`` after its headline, ``tail`` after its text, the footer)."""
    return page_with(
        f"{SEARCH}{form}<input type='hidden' name='__VIEWSTATE' value='x'>{HEADER}"
        "<div id='ctl00_content'><h1>Musterbank antwortet jetzt auf Instagram</h1>"
        f"{top}{paragraphs('die Bank jetzt auf Instagram antwortet')}{tail}</div>{FOOTER}</form>"
    )


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<form id='aspnetForm'><div><h1>Titel</h1><p>Text</p></div></form>", False),
        ("<form id='Form'><main><h2>Titel</h2><p>Text</p></main></form>", False),
        ("<form id='form1'><article><p>Text</p></article></form>", False),
        ("<form id='search'><input name='q'></form>", True),
        ("<form id='commentform'><h3>Ihr Kommentar</h3><textarea></textarea></form>", True),
        ("<div><h1>Titel</h1></div>", False),  # no form at all
    ],
)
def test_a_form_holding_the_headline_is_no_form_part(markup: str, expected: bool) -> None:
    element = html.fragment_fromstring(markup)
    assert form_part(element) is expected


@pytest.mark.parametrize(
    "form",
    ["<form id='aspnetForm' method='post'>", "<form name='Form' id='Form' method='post'>"],
)
def test_the_post_heading_inside_the_page_form_is_shown(form: str) -> None:
    title = "Neue App: Was Mitglieder jetzt wissen müssen"
    page = page_with(
        f"{form}{HEADER}<h1 class='BlogTitle'><a href='/blogs/vorstand/'>Aus dem Vorstand</a>"
        f"</h1><div class='BlogPostArea'><h2 class='BlogPostHeader'>{title}</h2>"
        f"<div class='BlogPostContent'>{paragraphs('die Kasse eine App anbietet')}</div></div>"
        f"{FOOTER}</form>",
        f"<title>{title} - Aus dem Vorstand - Musterkasse Community</title>",
    )
    assert extract(page, URL, fetched_at=FETCHED)["title"] == title


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='byline'>By Anna Roth</div>",
        "<p><span class='author'>Anna Roth</span></p>",
    ],
)
def test_the_byline_inside_the_page_form_is_read(byline: str) -> None:
    assert extract(_page(byline), URL, fetched_at=FETCHED)["authors"] == ["Anna Roth"]


def test_a_list_inside_the_page_form_is_kept() -> None:
    body = str(extract(_page("", tail=LIST), URL, fetched_at=FETCHED)["body"])
    assert "Keine Kontonummern in öffentlichen Nachrichten" in body


def test_a_comment_form_after_the_text_stays_skipped() -> None:
    comment = (
        "<form id='commentform' action='/kommentar.aspx'><h3>Ihr Kommentar</h3>"
        "<ul><li>Bitte bleiben Sie sachlich und freundlich</li>"
        "<li>Keine Werbung und keine fremden Links</li>"
        "<li>Wir prüfen jeden Kommentar vor der Freigabe</li></ul>"
        "<div class='byline'>Von Gast Redaktion</div><textarea></textarea></form>"
    )
    page = page_with(
        f"<main><h1>Musterbank antwortet jetzt auf Instagram</h1>"
        f"<div class='byline'>Von Anna Roth</div>"
        f"{paragraphs('die Bank jetzt auf Instagram antwortet')}{comment}</main>"
    )
    found = extract(page, URL, fetched_at=FETCHED)
    assert "Keine Werbung" not in str(found["body"])
    assert found["authors"] == ["Anna Roth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Fenna Lorrimer, 17 November 2009 | 07:30", ["Fenna Lorrimer"]),
        ("By Fenna Lorrimer, 3 March 2026", ["Fenna Lorrimer"]),
        ("Von Anna Roth, 17. November 2009", ["Anna Roth"]),
    ],
)
def test_a_date_after_the_name_is_no_author(text: str, expected: list[str]) -> None:
    assert split_authors([text])[0] == expected
