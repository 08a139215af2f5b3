"""A ``<title>`` naming the section before the headline ("Wirtschaft: Headline - Site") where
the ``<h1>`` shows a kicker apart and og:title and JSON-LD join it to the headline
("Filialsterben: Headline"): the publisher's own page title leaves the kicker out, so the
headline stands alone (session 46, read on de_full169; small pages written for the test)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

H1 = (
    "<h1 class='article-title'><span class='article-kicker'>Filialsterben</span> "
    "<span class='article-headline'>Volksbank schließt zwölf Filialen</span></h1>"
)
KICKED = "Filialsterben: Volksbank schließt zwölf Filialen"
LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{0}"}}</script>'


def _title(page_title: str) -> str:
    head = f"<title>{page_title}</title><meta property='og:title' content='{KICKED}'>"
    page = article_page(head + LD.format(KICKED), H1)
    return str(
        extract(page, "https://www.tagesbote.example/wirtschaft/art-1", fetched_at=FETCHED)["title"]
    )


@pytest.mark.parametrize(
    ("page_title", "expected"),
    [
        ("Wirtschaft: Volksbank schließt zwölf Filialen - Tagesbote", KICKED[15:]),
        ("Geld: Volksbank schließt zwölf Filialen | Tagesbote", KICKED[15:]),
        # the <title>'s rubric is the kicker: the publisher joins them, the kicker stays
        (f"{KICKED} - Tagesbote", KICKED),
        # no rubric at all in the <title>, the site's name only: og:title decides as before
        ("Tagesbote", KICKED),
    ],
)
def test_a_section_before_the_headline_in_the_title_leaves_the_kicker_out(
    page_title: str, expected: str
) -> None:
    assert _title(page_title) == expected
