"""A bank's or firm's account credited as author ("Sparkasse Rheintal", "Kassomat
Banksysteme GmbH") yields to the person a credit line closing the text names ("Text: Heike
Rosbach, Unternehmenskommunikation", "Autor: Lars Heitbrink"), as the site's own name and a
login do; with no such line it stays (issue 11, :func:`~newsarchive.extract.names.is_org_name`;
kind read on bf and bg: company blogs and press pages). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import is_org_name

URL = "https://fotoplattform-beispiel.example/konten/sparkasse-rheintal/neue-filiale"
TEXT = "".join(
    f"<p>Die neue Filiale am Marktplatz ist eröffnet; im {n}. Absatz steht, wie die Kundinnen "
    "und Kunden den Umbau erlebt haben und was die Beratung jetzt anders macht.</p>"
    for n in range(1, 5)
)


def _authors(account: str, closing: str) -> list[str]:
    body = (
        "<main><article><h1>Unsere neue Filiale am Marktplatz</h1>"
        f"<p class='owner'>von <a>{account}</a></p>{TEXT}{closing}</article></main>"
    )
    return list(extract(page_with(body), URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("account", "closing", "expected"),
    [
        (
            "Sparkasse Rheintal",
            "<p>Text: Heike Rosbach, Unternehmenskommunikation</p>",
            ["Heike Rosbach"],
        ),
        ("Kassomat Banksysteme GmbH", "<p>Autor: Lars Heitbrink</p>", ["Lars Heitbrink"]),
        # guard: no credit line, the account stays
        ("Sparkasse Rheintal", "", ["Sparkasse Rheintal"]),
    ],
)
def test_a_bank_s_account_yields_to_a_closing_credit(
    account: str, closing: str, expected: list[str]
) -> None:
    assert _authors(account, closing) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sparkasse Rheintal", True),
        ("Nordstern Direktbank", True),
        ("Bankhaus Ahlers", True),
        ("Kassomat Banksysteme GmbH", True),
        ("Sparkassenverband Westfalen", True),
        ("Heike Rosbach", False),
        ("Anna Bankmann", False),
    ],
)
def test_is_org_name(name: str, expected: bool) -> None:
    assert is_org_name(name) is expected
