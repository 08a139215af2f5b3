"""A personal site named after its owner ("Lena Vosskamp" as ``og:site_name`` or after the
``<title>``'s separator): a post that names no writer is the owner's, and the owner named in
a byline beside a co-writer stays a writer, though the name is the site's (issue 11,
:mod:`newsarchive.extract.sitewriter`; kind read on bt, bu, en_ae, bn and bd). Small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.sitewriter import is_person_name

URL = "https://lena-vosskamp.example/notizen/ein-jahr-danach/"
TEXT = "".join(
    f"<p>Vor einem Jahr haben wir die Finanzierung abgeschlossen; im {n}. Absatz steht, was "
    "die Volksbank, die Kundschaft und das Team seitdem gelernt haben.</p>"
    for n in range(1, 5)
)


def _authors(head: str, byline: str = "", header: str = "Lena Vosskamp") -> list[str]:
    body = (
        f"<header class='site-header'><a class='site-title' href='/'>{header}</a></header>"
        f"<main><article><h1>Ein Jahr nach der Finanzierung</h1>{TEXT}{byline}</article></main>"
    )
    return list(extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<meta property='og:site_name' content='Lena Vosskamp'>", ["Lena Vosskamp"]),
        ("<title>Ein Jahr nach der Finanzierung – Lena Vosskamp</title>", ["Lena Vosskamp"]),
        ("<title>Ein Jahr nach der Finanzierung | Beth Ann Carrow</title>", ["Beth Ann Carrow"]),
        # guards: a firm's or an institution's name, a title without a site part
        ("<meta property='og:site_name' content='Falk Finanzberatung GmbH'>", []),
        ("<meta property='og:site_name' content='Sparkasse Musterstadt'>", []),
        ("<title>Ein Jahr nach der Finanzierung</title>", []),
    ],
)
def test_a_post_naming_nobody_is_the_site_owner_s(head: str, expected: list[str]) -> None:
    assert _authors(head) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the owner with a co-writer: both
        (
            "<p class='post-author'>Geschrieben von Lena Vosskamp, mit Elif Demir</p>",
            ["Lena Vosskamp", "Elif Demir"],
        ),
        # a guest's byline: the guest, not the owner
        ("<p class='post-author'>Geschrieben von Elif Demir</p>", ["Elif Demir"]),
    ],
)
def test_the_owner_in_a_byline_beside_others(byline: str, expected: list[str]) -> None:
    head = "<meta property='og:site_name' content='Lena Vosskamp'>"
    assert _authors(head, byline) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lena Vosskamp", True),
        ("Beth Ann Carrow", True),
        ("Vosskamp", False),
        ("Lena Vosskamp Design Studio Nord", False),
        ("Sparkasse Musterstadt", False),
    ],
)
def test_is_person_name(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected
