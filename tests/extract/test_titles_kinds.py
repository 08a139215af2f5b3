"""Titles on pages nobody tuned on: kinds of metadata titles, each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.verein-beispiel.example/aktuelles/bank-auf-instagram/"


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("head_title", "top", "expected"),
    [
        # the metadata title names only the page's kind: the section heading is no headline
        (
            "Verein Beispiel - Aktuelles",
            "<h2>Aktuelles</h2><h1>Die Bank antwortet auf Instagram</h1>",
            "Die Bank antwortet auf Instagram",
        ),
        (
            "Neuigkeiten | Verein Beispiel",
            "<h3>Neuigkeiten</h3><h1>Die Bank antwortet auf Instagram</h1>",
            "Die Bank antwortet auf Instagram",
        ),
        # left alone: a metadata title that is a headline still confirms the heading
        (
            "Die Bank antwortet auf Instagram - Verein Beispiel",
            "<h2>Aktuelles</h2><h2>Die Bank antwortet auf Instagram</h2>",
            "Die Bank antwortet auf Instagram",
        ),
    ],
)
def test_a_title_naming_the_pages_kind_confirms_no_heading(
    head_title: str, top: str, expected: str
) -> None:
    assert title_of(article_page(f"<title>{head_title}</title>", top)) == expected


HEADLINE = "Die Bank antwortet schneller"


@pytest.mark.parametrize(
    ("h1", "title", "expected"),
    [
        # a hosted blog: the <h1> is the blog's name, the <title> "Blogname: Headline"
        ("Kontofragen", "Kontofragen: Die Bank antwortet schneller", HEADLINE),
        # an <h1> that is the headline itself, the <title> adding the site after it
        ("Die Bank im Netz", "Die Bank im Netz | Kontofragen", "Die Bank im Netz"),
    ],
)
def test_h1_opening_the_title_before_a_colon_is_the_site(
    h1: str, title: str, expected: str
) -> None:
    body = (
        f"<div class='header'><h1>{h1}</h1></div><div class='post'>"
        "<h3 class='post-title'>Die Bank antwortet schneller</h3>"
        + "<p>Die Sparkasse Talheim beantwortet Fragen auf Facebook schneller als am Telefon, "
        "schreibt die Bloggerin und erzählt, wie sie das gemerkt hat.</p>" * 4 + "</div>"
    )
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    got = extract(html.encode(), "https://kontofragen.blogspot.com/2020/02/bank.html")["title"]
    assert got == expected
