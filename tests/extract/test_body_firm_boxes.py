"""A firm's contact, callback or call-to-action box under the text ("Kostenlose
Erstprüfung": "Senden Sie uns Ihren Vertrag …") is no part of it: its class token prefixed
or joined ("kanzlei-kontaktbox", "wp-contactbox", "callback-box") or Divi's call-to-action
module ("et_pb_promo"). Issue 11, session 55: 10 read judges' pages up, none down (law
firms' blogs). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.kanzlei-beispiel.example/blog/praemiensparen-urteil/"
CALL = "Senden Sie uns Ihren Vertrag und die letzten Kontoauszüge, wir melden uns."


def body(box_class: str) -> str:
    """The body of a law firm's post with a box of ``box_class`` under its text."""
    page = page_with(
        f"<main><article><h1>Prämiensparen: Was das Urteil bedeutet</h1>"
        f"{paragraphs('das Urteil Sparern hilft', 5)}"
        f"<div class='{box_class}'><h3>Kostenlose Erstprüfung</h3><p>{CALL}</p></div>"
        "</article></main>",
        "<title>Prämiensparen: Was das Urteil bedeutet | Kanzlei Beispiel</title>",
    )
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "box_class",
    ["kanzlei-kontaktbox", "wp-contactbox", "frame callback-box", "et_pb_module et_pb_promo"],
)
def test_a_firm_s_box_under_the_text_leaves(box_class: str) -> None:
    text = body(box_class)
    assert CALL not in text
    assert "das Urteil Sparern hilft" in text
