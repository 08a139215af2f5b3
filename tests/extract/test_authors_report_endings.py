"""A local report's writer named under its text where nobody but the site or a desk is
credited: a full name alone closing the text ("<p class='autor'><em>Petra Lohmann</em></p>",
:func:`~newsarchive.extract.endname.end_name`) and a radio's "Reporterin: Nina Kallweit"
(data.CLOSING_CREDIT); kind read on de_full97, session 33, issue 11. Small invented pages;
a group's name or a name after a line that ends no sentence credits nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kreisbote-talheim.example/lokales/sparkasse-schliesst-filiale/"
HEADLINE = "Sparkasse schließt Filiale in Oberried"
TEXT = "".join(
    f"<p>Die Kreissparkasse schließt ihre Filiale in Oberried, teilte sie im {n}. Brief an "
    "die Kundinnen und Kunden mit. Der Ortschaftsrat will eine Unterschriftenliste auslegen.</p>"
    for n in range(1, 5)
)


def authors(end: str, meta: str = "") -> list[str]:
    """The authors of an invented local report with ``end`` under its text."""
    html = page_with(
        f"<article><h1>{HEADLINE}</h1><div class='entry-content'>{TEXT}{end}</div>"
        "</article><aside><h3>Weitere Meldungen</h3><ul><li><a href='/a'>Stadtfest fällt "
        "aus</a></li></ul></aside>",
        f"<title>{HEADLINE} | Kreisbote</title>{meta}",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("end", "meta", "expected"),
    [
        ("<p class='autor'><em>Petra Lohmann</em></p>", "", ["Petra Lohmann"]),
        (
            "<p class='autor'><em>Petra Lohmann</em></p>",
            "<meta name='author' content='Redaktion'>",
            ["Petra Lohmann"],
        ),
        ("<p class='credit'>Reporterin: Nina Kallweit</p>", "", ["Nina Kallweit"]),
        ("<p><em>Redaktion Talheim</em></p>", "", []),
    ],
)
def test_report_ending(end: str, meta: str, expected: list[str]) -> None:
    assert authors(end, meta) == expected
