"""Copies and agency texts credit the writers their source names: a blog's login reposting a
newspaper's text with "Quelle: dpa" or "Quelle: Südkurier vom 6. April 2026, Autor: Benedikt
Hauri" (the canonical example's kind), a portal's text with no byline and "Quelle: dpa-AFX"
under it, "Von Reuters", "Quelle: AFP" and "(dpa)" in the article's head (also over a desk
the metadata credits)
(:func:`~newsarchive.extract.sourcewriters.source_writers`; kind read on de_full101,
session 33, issue 11). Small invented pages; a publisher alone in the source line leaves
the login as it stands."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldgefluester.example/2026/04/07/sparkasse-testet-ki-chatbot/"
HEADLINE = "Sparkasse testet KI-Chatbot für die Anlageberatung"
TEXT = "".join(
    f"<p>Die Sparkasse am See setzt als eines der ersten Institute einen Chatbot ein, der im "
    f"{n}. Schritt Fragen zu Fonds, Sparplänen und Gebühren beantworten soll.</p>"
    for n in range(1, 5)
)


def authors(head: str = "", tail: str = "") -> list[str]:
    """The authors of an invented post with ``head`` under its headline, ``tail`` after."""
    html = page_with(
        f"<article><h1 class='entry-title'>{HEADLINE}</h1>{head}<div class='entry-content'>"
        f"{TEXT}{tail}</div></article>",
        f"<title>{HEADLINE} – Geldgeflüster</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


LOGIN = (
    "<div class='entry-meta'>Veröffentlicht am 7. April 2026 von <span class='author vcard'>"
    "<a class='url fn n' href='/author/geldfluesterer/'>geldfluesterer</a></span></div>"
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("<p class='quelle'>Quelle: dpa</p>", ["dpa"]),
        (
            "<p class='quelle'>Quelle: <a href='https://kurier.example/a'>Südkurier Express</a> "
            "vom 6. April 2026, Autor: Benedikt Hauri</p>",
            ["Benedikt Hauri"],
        ),
        ("<p class='quelle'>Quelle: Südkurier Express</p>", ["geldfluesterer"]),
    ],
)
def test_login_repost_credits_its_source(tail: str, expected: list[str]) -> None:
    assert authors(LOGIN, tail) == expected


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        ("", "<p class='quelle'>Quelle: dpa-AFX</p>", ["dpa-AFX"]),
        ("<p><b>Von Reuters</b><br>Artikel vom 8. Juli 2026</p>", "", ["Reuters"]),
        (
            "<div class='info'><time>05.02.2026, 11:27</time> · <span>Quelle: AFP</span></div>",
            "",
            ["AFP"],
        ),
        # "(dpa)" alone in the head's meta line (session 34, dates_cc)
        (
            "<div class='meta'><span class='source'>(dpa)</span> | <span>Aktualisiert: "
            "21.06.2024, 08:10 Uhr</span></div>",
            "",
            ["dpa"],
        ),
    ],
)
def test_agency_without_byline(head: str, tail: str, expected: list[str]) -> None:
    assert authors(head, tail) == expected


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'><strong>dpa/lno</strong></p>",
        "<div class='meta'><span class='source'>(dpa)</span></div>",
    ],
)
def test_agency_byline_over_a_desk_in_the_metadata(byline: str) -> None:
    """The metadata credits the site's desk ("Online-Redaktion"), the head an agency: the
    agency (session 34: de_full87, de_full78, dates_cc)."""
    html = page_with(
        f"<article><h1 class='entry-title'>{HEADLINE}</h1>{byline}<div class='entry-content'>"
        f"{TEXT}</div></article>",
        f"<title>{HEADLINE} – Kurier</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Online-Redaktion"}}'
        "</script>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["dpa"]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # the original's day in the source line: the text's first publication
        (
            "<p class='quelle'>Quelle: <a href='https://kurier.example/a'>Südkurier Express</a> "
            "vom 6. April 2026, Autor: Benedikt Hauri</p>",
            "2026-04-06",
        ),
        # a document the text cites, weeks older, leaves the post's day
        (
            "<p class='quelle'>Quelle: Rundschreiben 3/2026 des Verbandes vom 12.03.2026</p>",
            "2026-04-07",
        ),
    ],
)
def test_copy_dated_by_its_original(tail: str, expected: str) -> None:
    head = (
        "<div class='entry-meta'>Veröffentlicht am <time class='entry-date published' "
        "datetime='2026-04-07T21:12:00+02:00'>7. April 2026</time> von <span class='author "
        "vcard'><a class='url fn n' href='/author/geldfluesterer/'>geldfluesterer</a></span>"
        "</div>"
    )
    html = page_with(
        f"<article><h1 class='entry-title'>{HEADLINE}</h1>{head}<div class='entry-content'>"
        f"{TEXT}{tail}</div></article>",
        f"<title>{HEADLINE} – Geldgeflüster</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["published"][:10] == expected
