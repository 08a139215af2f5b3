"""A blog host's post footer of class ``asset-footer`` (Movable Type, Typepad, Vox) whose
lead carries the post's date and time before the linked name ("Gepostet am 8. November
2006 um 22:40 von <a>Name</a> | Tags"; kind read in half AR, issue 11): the name read, on
small invented pages; a login, a comment's name and a lead without a name left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://juttakrause.blogwelt.example/library/post/tagesgeld-im-vergleich.html"
TEXT = "".join(
    f"<p>Im {n}. Monat des Vergleichs haben wieder mehrere Direktbanken ihre Zinsen fürs "
    "Tagesgeld gesenkt, während die Filialbanken kaum etwas geändert haben.</p>"
    for n in range(2, 7)
)


def authors(footer: str, footer_class: str = "asset-footer") -> list[str]:
    html = page_with(
        "<div id='banner'><h1><a href='/'>Juttas Zinsseite</a></h1></div>"
        "<div id='main'><div class='asset'><h2 class='asset-name'>Tagesgeld im Vergleich</h2>"
        f"<div class='asset-body'>{TEXT}</div><div class='{footer_class}'>{footer} | Tags: "
        "<a>geld</a>, <a>bank</a> | <a>1 Kommentare</a></div></div>"
        "<div id='comments'><div class='comment'><p class='who'>Jo schrieb:</p>"
        "<p>Welche Bank hast du genommen?</p></div></div></div>",
        "<title>Tagesgeld im Vergleich - Juttas Zinsseite</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Gepostet am 8. November 2006 um 22:40 von <a href='/profile/'>Jutta Krause</a>",
         ["Jutta Krause"]),
        ("Geschrieben am 08.11.2006, 22:40 Uhr von <a>Jutta Krause</a>", ["Jutta Krause"]),
        ("Eingetragen am 8. Nov. 2006 von <a>Jutta Krause</a>", ["Jutta Krause"]),
        # a team account, a lead with nothing after it: nobody
        ("Gepostet am 8. November 2006 um 22:40 von <a>Redaktion</a>", []),
        ("Gepostet am 8. November 2006 um 22:40", []),
    ],
)  # fmt: skip
def test_dated_lead_before_linked_name(footer: str, expected: list[str]) -> None:
    assert authors(footer) == expected


def test_other_footer_classes_are_no_post_footer() -> None:
    footer = "Gepostet am 8. November 2006 um 22:40 von <a>Jutta Krause</a>"
    assert authors(footer, footer_class="site-footer") == []
