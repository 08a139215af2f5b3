"""Bylines inside a blog's meta line, the lead at the end of a text node after other meta
("11:24:32, von <a>Name</a>, 300 Wörter", b2evolution's post head; kind read in half Y,
issue 11): the name read, on small invented pages; a time alone or a name that is no
person's left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://geldnotizen.example/index.php/2007/04/12/dispo-zinsen"
TEXT = "".join(
    f"<p>Zum {n}. Mal in diesem Jahr hat die Hausbank den Zins für den Dispokredit "
    "angehoben, obwohl die Leitzinsen seit Monaten unverändert geblieben sind.</p>"
    for n in range(2, 7)
)


def authors(head: str) -> list[str]:
    html = page_with(
        "<div class='pageHeader'><h1><a href='/'>Geldnotizen</a></h1>"
        "<div class='desc'>Ein Blog über Konten und Kredite</div></div>"
        "<h2 class='bDate'>12.04.2007</h2><div class='bPost'>"
        f"<div class='bSmallHead'><a>Permalink</a> {head}, 412 Wörter &nbsp; "
        "Kategorien: <a>Kredite</a></div>"
        "<h3 class='bTitle'>Dispozinsen steigen schon wieder</h3>"
        f"<div class='bText'>{TEXT}</div></div>",
        "<title>Geldnotizen - Dispozinsen steigen schon wieder</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("09:41:07, von <a href='/users/marta'>Marta Lindqvist</a>", ["Marta Lindqvist"]),
        ("21:05 Uhr, von <a>Marta Lindqvist</a>", ["Marta Lindqvist"]),
        # a team account or no name after the lead: nobody
        ("09:41:07, von <a>Redaktion</a>", []),
        ("09:41:07", []),
    ],
)
def test_lead_after_time(head: str, expected: list[str]) -> None:
    assert authors(head) == expected
