"""Titles of an old blog script's post pages titled with the blog's name alone, shown as the
banner's ``<h1>``: the post's headline element is the headline (issue 11), each on a small
invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt der Schreiber, wie die Eröffnung seines Kontos bei der "
    "Direktbank Auental ablief und was er dabei gelernt hat.</p>"
    for n in range(1, 4)
)
HEADLINE = "Mein erstes Konto bei einer Direktbank"


def blog_page(banner: str) -> bytes:
    body = (
        f"{banner}<div id='content'><div class='date'>Dienstag, 14. Mai 2002</div>"
        f"<div class='title'>{HEADLINE}</div><div class='entry'>{TEXT}</div></div>"
        "<div id='links'><div class='sidetitle'>Letzte Einträge</div></div>"
    )
    return page_with(body, "<title>Zinsnotizen</title>")


def title_of(page: bytes) -> str:
    url = "http://www.zinsnotizen.example/weblog/more.php?id=213"
    return extract(page, url, fetched_at=FETCHED)["title"]


def test_the_posts_headline_under_the_blogs_name_as_banner() -> None:
    banner = "<div id='banner'><h1><a href='/weblog/'>Zinsnotizen</a></h1></div>"
    assert title_of(blog_page(banner)) == HEADLINE


def test_an_h1_outside_a_banner_keeps_the_title() -> None:
    assert title_of(blog_page("<div id='top2'><h1>Zinsnotizen</h1></div>")) == "Zinsnotizen"
