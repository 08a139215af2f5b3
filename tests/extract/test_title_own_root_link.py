"""A link to the root of the page's own host ("https://www.blog.example/", Kubrick's header
``<h1>``) names the site like a link to "/": its text is cut from the ``<title>``
("Blog » Blog Archive » Headline"); a link to a post ("/?p=207") or to another host's root
names nothing (session 49, read on dates_dn). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract
from newsarchive.extract.parsing import parse
from newsarchive.extract.title import clean_with, keys_for_site, site_texts

URL = "https://www.zinsblog-brohltal.example/archives/412"
TEXT = paragraphs("die Sparkasse die TAN-Liste abschafft")
HEAD = "<title>Zins &amp; Strumpf &raquo; Blog Archive &raquo; Tschüss TAN-Liste</title>"


def _page(home: str) -> bytes:
    return page_with(
        f"<div id='header'><h1><a href='{home}'>Zins &amp; Strumpf</a></h1></div>"
        f"<div class='post'><h2>Tschüss TAN-Liste</h2><div class='entry'>{TEXT}</div></div>",
        HEAD,
    )


@pytest.mark.parametrize(
    ("home", "expected"),
    [
        ("https://www.zinsblog-brohltal.example/", "Tschüss TAN-Liste"),
        ("http://zinsblog-brohltal.example", "Tschüss TAN-Liste"),
        # a post's address on the root, another host's root: no name of the site
        (
            "https://www.zinsblog-brohltal.example/?p=207",
            "Zins & Strumpf » Blog Archive » Tschüss TAN-Liste",
        ),
        ("https://www.other-blog.example/", "Zins & Strumpf » Blog Archive » Tschüss TAN-Liste"),
    ],
)
def test_a_link_to_the_own_root_names_the_site(home: str, expected: str) -> None:
    tree = parse(_page(home).decode())
    keys = keys_for_site(URL, None) | site_texts(tree, URL)
    assert clean_with(tree.findtext(".//title") or "", keys, ()) == expected


def test_the_page_s_title() -> None:
    page = _page("https://www.zinsblog-brohltal.example/")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Tschüss TAN-Liste"
