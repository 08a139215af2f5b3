"""A writer's role and employer after the name, and a paid post's label where a name stands
(session 50, read on en_bl, en_bm and de_full197): "By A, Chief Product Officer, Penhallow
Pay" credits A alone, "Text: A, Fachspezialistin Digital Banking" too, "by Partner Content"
nobody (the writer's own line after it is read)."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

from newsarchive.extract.employers import without_employer
from newsarchive.extract.names import is_role, split_authors

URL = "https://www.zahlwerk-magazin.example/2024/03/07/pay-by-bank/"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Harriet Osling, Chief Product Officer, Penhallow Pay", ["Harriet Osling"]),
        ("Von Anna Roth, Pressesprecherin, Volksbank Mitte", ["Anna Roth"]),
        ("Text: Nadja Föhr, Fachspezialistin Digital Banking", ["Nadja Föhr"]),
        ("Von Katja Lenzen, Senior Consultant Finanzbranche", ["Katja Lenzen"]),
        # a department, then the home (session 50, read on cm)
        ("Von Lea Hilgen, Wirtschaftsinformatik, TU Darmstadt", ["Lea Hilgen"]),
        # a second writer after a role stays
        ("Von Anna Roth, Pressesprecherin, und Ben Odermann", ["Anna Roth", "Ben Odermann"]),
    ],
)
def test_role_and_employer_after_the_name(byline: str, expected: list[str]) -> None:
    assert split_authors([byline.split(" ", 1)[1]])[0] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Anna Roth, Chief Product Officer, Penhallow Pay", "Anna Roth, Chief Product Officer"),
        ("Anna Roth, Ben Odermann, Carla Sommer", "Anna Roth, Ben Odermann, Carla Sommer"),
        ("Anna Roth, Redakteurin, Lena und Jan", "Anna Roth, Redakteurin, Lena und Jan"),
    ],
)
def test_without_employer(text: str, kept: str) -> None:
    assert without_employer(text, lambda r: is_role(r.lower())) == kept


@pytest.mark.parametrize("label", ["Partner Content", "Sponsored Content", "Advertorial"])
def test_a_paid_posts_label_is_no_writer(label: str) -> None:
    byline = f"<p class='byline'>by <a href='/partner/'>{label}</a></p>"
    assert authors_under_headline(byline, URL) == []


@pytest.mark.parametrize("office", ["Vorstand", "Leiterin", "Redakteurin"])
def test_an_office_alone_is_no_writer(office: str) -> None:
    assert split_authors([office]) == ([], [])
