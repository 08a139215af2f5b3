"""An author box whose heading names the writer after its colon ("Über die Autorin: Lena
Hartwig") credits her where the byline is only the blog's own name (issue 11, session 43,
read on de_full154). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://finanzfuchsia.example/kontowechsel-erfahrungsbericht/"
TEXT = "".join(
    f"<p>Im {n}. Monat nach dem Wechsel zur Direktbank habe ich notiert, was das neue "
    "Girokonto kostet und wie der Service antwortet.</p>"
    for n in range(1, 6)
)


def authors(heading: str, page_class: str = "") -> list[str]:
    html = page_with(
        "<article><h1>Mein Kontowechsel</h1><p class='meta'>von <span class='author-name' "
        f"itemprop='name'>Finanzfuchsia</span></p><div class='entry-content'>{TEXT}</div>"
        f"<div class='author-box'><h4>{heading}</h4><div class='author-summary'><p>Sie ist "
        "gelernte Bankkauffrau und schreibt hier über Geld.</p></div></div></article>",
        "<title>Mein Kontowechsel - Finanzfuchsia</title>"
        "<meta property='og:site_name' content='Finanzfuchsia'>",
    )
    if page_class:  # a theme's classes on <body>
        html = html.replace(b"<body>", f"<body class='{page_class}'>".encode(), 1)
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Über die Autorin: Lena Hartwig", ["Lena Hartwig"]),
        ("Über den Autor: Jonas Brandt", ["Jonas Brandt"]),
        # a heading that names nobody leaves the site's name
        ("Über die Autorin: mehr lesen", ["Finanzfuchsia"]),
    ],
)
def test_a_named_box_heading(heading: str, expected: list[str]) -> None:
    assert authors(heading) == expected


@pytest.mark.parametrize(
    ("heading", "page_class", "expected"),
    [
        # English, under a theme whose <body> says "showing-comments" (Twenty Twenty; session
        # 47, read on en_bh): the body's classes make no part of the page a comment
        ("About the author: Greg Tillman", "single showing-comments", ["Greg Tillman"]),
        ("Über die Autorin: Lena Hartwig", "single showing-comments", ["Lena Hartwig"]),
    ],
)
def test_a_named_box_heading_on_a_themed_page(
    heading: str, page_class: str, expected: list[str]
) -> None:
    assert authors(heading, page_class) == expected
