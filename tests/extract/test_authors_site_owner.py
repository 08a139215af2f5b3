"""A login that is the blog's own name spelled out as the one owner the page introduces
(issue 11: ra2's aa89b3f, read in half AC, rejected there, re-judged on half AH): on a small
invented hosted blog, the case it completes and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldimgriff.blog.example/2024/02/27/bank-auf-instagram/"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, warum ich meiner Sparkasse jetzt auf Instagram folge "
    "und was ich dort über Gebühren und Sparpläne gelernt habe.</p>"
    for n in range(1, 6)
)


def hosted_blog(widget: str) -> bytes:
    return page_with(
        "<header><p class='site-title'><a href='/'>Geld im Griff</a></p></header><main><article>"
        "<h1 class='entry-title'>Warum ich meiner Bank auf Instagram folge</h1><div"
        " class='entry-meta'>27. Februar 2024 von <span class='author vcard'><a"
        " href='/author/geldimgriff/'>geldimgriff</a></span></div><div class='entry-content'>"
        f"{TEXT}</div></article></main><aside class='widget-area'>{widget}</aside>",
        "<title>Warum ich meiner Bank auf Instagram folge – Geld im Griff</title>"
        "<meta property='og:site_name' content='Geld im Griff'>",
    )


@pytest.mark.parametrize(
    ("widget", "expected"),
    [
        # the blog's own name as the login, its owner introduced in the "Über mich" box
        (
            "<section class='widget'><h2>Über mich</h2><p>Ich bin Sabine Kettler, Erzieherin aus"
            " Delmenhorst, und schreibe hier über unser Familienbudget.</p></section>",
            ["Sabine Kettler"],
        ),
        # nobody introduced: the login stays
        ("<section class='widget'><h2>Kategorien</h2><p>Geld, Netz</p></section>", ["geldimgriff"]),
    ],
)
def test_site_name_login(widget: str, expected: list[str]) -> None:
    assert extract(hosted_blog(widget), URL, fetched_at=FETCHED)["authors"] == expected
