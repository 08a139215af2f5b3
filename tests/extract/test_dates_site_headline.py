"""A theme's blanket JSON-LD, whose headline is the site's name, dates the site, not the
article: the article's own date line in its info block replaces it, as it replaces a
``WebPage``'s (``metadata.site_dated``; issue 11, read on dates_dk, session 47); small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, graph, published_on

URL = "https://www.kontoblatt-rheinau.example/girokonto/312-dispo-facebook-volksbank"
SITE = "Kontoblatt Rheinau"


def _head(headline: str) -> str:
    return (
        f"<title>Dispo-Ärger: Eine Volksbank auf Facebook - {SITE}</title>"
        f"<meta property='og:site_name' content='{SITE}'>"
        "<meta property='article:published_time' content='2012-11-30T10:00:00+01:00'>"
        + graph({"@type": "Article", "headline": headline, "datePublished": "2012-11-30",
                 "dateModified": "2013-04-15"})
    )  # fmt: skip


BODY = (
    "<main><div class='item-page'><h2>Dispo-Ärger: Eine Volksbank auf Facebook</h2>"
    "<ul class='icons'><li><a href='?print=1'>Drucken</a></li><li><a href='/mail'>E-Mail</a>"
    "</li></ul><dl class='article-info'><dt>Details</dt><dd>Geschrieben von "
    "<span>Rüdiger Falkenhain</span></dd><dd>Kategorie: <a href='/girokonto'>Girokonto</a>"
    f"</dd><dd>Veröffentlicht: 03.03.15</dd></dl>{ARTICLE}</div></main>"
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the site's name as the item's headline: the theme's markup, the line's day
        (SITE, "2015-03-03"),
        (SITE.upper(), "2015-03-03"),
        # the article's own headline: its metadata dates it, the line far under it does not
        ("Dispo-Ärger: Eine Volksbank auf Facebook", "2012-11-30"),
    ],
)
def test_a_site_named_item_dates_the_site(headline: str, expected: str) -> None:
    assert (published_on(BODY, _head(headline), URL) or "")[:10] == expected
