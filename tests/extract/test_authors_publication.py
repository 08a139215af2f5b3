"""A publication on a platform credited as the author in JSON-LD ("author" and "publisher"
the same Organization, ``og:site_name`` the platform's) is the site crediting itself: the
writer its page shows is the author (issue 11; session 44, read on de_full159)."""

from __future__ import annotations

import json

import pytest
from extract_pages import extracted, paragraphs

URL = "https://schreibplatz.example/geldnotizen/tiktok-statt-stellenanzeige-3f9a1c"


def _head(author: str, publisher: str) -> str:
    graph = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "TikTok statt Stellenanzeige",
        "author": {"@type": "Organization", "name": author},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return (
        "<meta property='og:site_name' content='Schreibplatz'>"
        f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    )


@pytest.mark.parametrize(
    ("author", "publisher", "expected"),
    [
        ("Geldnotizen", "Geldnotizen", ["Lena Beispiel"]),
        # an author the publisher is not: the metadata's credit stands
        ("Kreisbank Auental", "Geldnotizen", ["Kreisbank Auental"]),
    ],
)
def test_a_publication_crediting_itself_yields_to_the_shown_writer(
    author: str, publisher: str, expected: list[str]
) -> None:
    article = (
        "<h1>TikTok statt Stellenanzeige</h1><div class='pw-author'><a class='author-name' "
        "href='/@lenabeispiel' rel='author'>Lena Beispiel</a></div>"
        f"{paragraphs('sie Azubis auf TikTok sucht', 4)}"
    )
    assert extracted(article, URL, _head(author, publisher))["authors"] == expected
