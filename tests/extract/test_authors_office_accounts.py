"""An institution's office named as author in the metadata and as the site's owner (a
chamber: "IHK Eschenried", "Pressestelle HWK"; a town's or a parish's: "Gemeindeverwaltung",
"Gemeindebüro St. Lukas"; a club: "Bürgerverein Bruckfelden e. V.") yields to the person the
text credits ("Text: Miriam Osterkamp") or who signs it, as a bank's account does. Issue 11,
session 58: 4 read judges' authors up (de_full416, de_full123, de_full362, de_full80), none
down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://www.kammer-magazin.example/themen/filiale-in-der-hosentasche.html"


def authors(office: str, credit: str) -> list[str]:
    """The authors of a report the site of ``office`` posts under its name, closing with the
    paragraph ``credit``."""
    body = (
        f"<header><p class='claim'>Das Magazin der {office}</p></header><main><article>"
        "<h1>Die Filiale in der Hosentasche</h1>"
        f"{paragraphs('Betriebe ihre Bankgeschäfte per App erledigen', 3)}"
        f"<p class='author-credit'>{credit}</p></article></main>"
        f"<footer><p>© 2025 {office}</p></footer>"
    )
    head = (
        f"<meta charset='utf-8'><title>Die Filiale in der Hosentasche | {office}</title>"
        f"<meta name='author' content='{office}'>"
    )
    page = f"<html><head>{head}</head><body>{body}</body></html>".encode()
    return extract(page, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    "office",
    ["IHK Eschenried", "Pressestelle HWK", "Gemeindeverwaltung", "Gemeindebüro St. Lukas"],
)
def test_an_office_in_the_metadata_yields_to_the_credit(office: str) -> None:
    assert authors(office, "Text: Miriam Osterkamp") == ["Miriam Osterkamp"]


def test_the_office_stays_where_nobody_is_credited() -> None:
    assert authors("IHK Eschenried", "Foto: Miriam Osterkamp") == ["IHK Eschenried"]
