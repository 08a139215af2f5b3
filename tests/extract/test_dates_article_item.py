"""A date in the microdata article item that holds the page's headline is the article's,
whatever its part is called (TYPO3 tx_news's single view puts it in a "footer" under an
``<h3 itemprop="headline">`` on a page without an ``<h1>``), and it replaces a WebPage's one
stamp for publication and modification (a site's stale build date in its meta tags and
JSON-LD) (issue 11, session 45, read on dates_dg). Small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.zahlwerk-journal.example/nachrichten/artikel/fintech-belano-sammelt"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet das Journal, wie das Leipziger Start-up Zahlungsarten für "
    "Onlinehändler bündelt und warum jetzt auch Sparkassen einsteigen.</p>"
    for n in range(1, 5)
)


def published(kind: str, itemtype: str = "http://schema.org/Article") -> str | None:
    """The publication day of an invented tx_news page whose JSON-LD is of ``kind``."""
    graph = {"@type": kind, "datePublished": "2013-04-15", "dateModified": "2013-04-15"}
    head = (
        "<meta name='date' content='2013-04-15'>"
        f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    )
    item = (
        f"<div class='article' itemscope='itemscope' itemtype='{itemtype}'><div class='header'>"
        "<h3 itemprop='headline'>Fintech Belano sammelt zwölf Millionen ein</h3></div>"
        "<div class='footer'><p><span class='news-list-date'>12.10.16</span></p></div>"
        f"<div class='news-text-wrap'>{TEXT}</div></div>"
    )
    result = extract(
        page_with(f"<div class='news news-single'>{item}</div>", head), URL, fetched_at=FETCHED
    )
    return (result["published"] or "")[:10] or None


def test_the_article_items_footer_day_replaces_a_webpage_stamp() -> None:
    assert published("WebPage") == "2016-10-12"


@pytest.mark.parametrize(
    ("kind", "itemtype"),
    [
        ("NewsArticle", "http://schema.org/Article"),  # the article's own stamp stands
        ("WebPage", "http://schema.org/Event"),  # no article item: the footer is chrome
    ],
)
def test_left_alone(kind: str, itemtype: str) -> None:
    assert published(kind, itemtype) == "2013-04-15"
