"""A line opening with the publication's label in the article's own footer ("Veröffentlicht am
… in Landschaft" in a theme's "entry-footer", "Erstveröffentlichung: …" in an article's
``<footer>``) is a date line, before a nearer line labelled otherwise (a photo's "Aufgenommen:")
or none (dates_o's and dates_m's misses, issue 11, rdates10), on small pages written for
the test; the site's footer, a comment's footer and other footer lines stay unread."""

from __future__ import annotations

import pytest
from extract_pages import graph, paragraphs, published_on

TEXT = paragraphs("die Sparkasse jetzt auch auf Mastodon schreibt")
URL = "https://www.verein.example/aktuelles/sparkasse-auf-mastodon.html"
SITE_FOOTER = "<footer class='site-footer'><p>© 2008–2026 Verein</p></footer>"
#: The article's metadata names its change only.
CHANGED = graph({"@type": "NewsArticle", "dateModified": "2025-07-09T11:15:00+02:00"})


def _page(above: str, foot: str, after: str = "") -> str:
    return (
        f"<main><article><h1>Sparkasse auf Mastodon</h1>{above}{TEXT}{foot}</article>"
        f"{after}</main>{SITE_FOOTER}"
    )


@pytest.mark.parametrize(
    ("above", "foot", "expected"),
    [
        # a photo's day above, the publication in the theme's entry footer
        (
            "<ul class='exif'><li>Aufgenommen: 26.09.2025 05:12</li></ul>",
            "<footer class='entry-footer'>Veröffentlicht am 19.10.2025 in <a>Natur</a></footer>",
            "2025-10-19",
        ),
        # a film's start above, the first publication in the article's footer
        (
            "<dl class='film'><dt>Kinostart</dt><dd>09.07.2025</dd></dl>",
            "<footer><p>Erstveröffentlichung: 16.06.2025</p><p>Autor: Jan Schulz</p></footer>",
            "2025-06-16",
        ),
        # a footer named by its class only, the label in the node before a <time>
        (
            "<p>Aufgenommen: 26.09.2025</p>",
            "<div class='post-footer'>Veröffentlicht am <time>19.10.2025</time></div>",
            "2025-10-19",
        ),
    ],
)
def test_the_publication_in_the_articles_own_footer(above: str, foot: str, expected: str) -> None:
    assert published_on(_page(above, foot), CHANGED, URL) == expected


@pytest.mark.parametrize(
    ("foot", "after"),
    [
        # no publication's label in the footer: its date is no date line
        ("<footer class='entry-footer'>Zuletzt gelesen 19.10.2025</footer>", ""),
        # a reader comment's footer inside the article is the comment's
        (
            "<section class='comments'><article><p>Toll!</p>"
            "<footer>Veröffentlicht am 19.10.2025</footer></article></section>",
            "",
        ),
        # a footer after the article (another part of the page)
        ("", "<footer>Veröffentlicht am 19.10.2025</footer>"),
    ],
)
def test_other_footers_stay_unread(foot: str, after: str) -> None:
    page = _page("<p>Aufgenommen: 26.09.2025</p>", foot, after)
    assert published_on(page, "", URL) == "2025-09-26"
