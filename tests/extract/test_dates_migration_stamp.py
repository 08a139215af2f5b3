"""Metadata that dates publication and change alike with one stamp (a migration's, a relaunch's:
"datePublished" = "dateModified" = "2019-06-01T00:00:00") yields to the page's own earlier
date markup ("<time itemprop='datePublished' datetime='2009-12-22T15:40'>"; issue 11,
session 32: blind dates_cd and dates_cc)."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://www.alpenland-online.example/wirtschaft/geld/phishing-weihnachtsgruesse"
TEXT = paragraphs("die Bank vor gefälschten Grüßen warnt", 4)
MARKUP = (
    "<dl class='article-info'><dt>Details</dt><dd class='createdby'>Von Verena Haselböck</dd>"
    "<dd class='category-name'>Kategorie: Sicherheit</dd>"
    "<dd class='hits'>Zugriffe: 1074</dd><dd class='published'>"
    "<time datetime='2009-12-22T15:40:00+01:00' itemprop='datePublished'>"
    "Veröffentlicht: 22. Dezember 2009, 15:40</time></dd></dl>"
)


def _head(published: str, modified: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Article", "headline": "Bank warnt vor gefälschten Weihnachtsgrüßen", '
        f'"datePublished": "{published}", "dateModified": "{modified}"}}</script>'
    )


@pytest.mark.parametrize(
    ("published", "modified", "expected"),
    [
        # one stamp for both: the page's own earlier markup
        ("2019-06-01T00:00:00+02:00", "2019-06-01T00:00:00+02:00", "2009-12-22"),
        # a later change of its own: the metadata's publication stands
        ("2019-06-01T00:00:00+02:00", "2019-06-03T08:00:00+02:00", "2019-06-01"),
    ],
)
def test_one_stamp_for_publication_and_change(published: str, modified: str, expected: str) -> None:
    body = (
        "<main><article><div class='page-header'>"
        "<h1 itemprop='headline'>Bank warnt vor gefälschten Weihnachtsgrüßen</h1></div>"
        f"{MARKUP}{TEXT}</article></main>"
    )
    assert (published_on(body, _head(published, modified), URL) or "")[:10] == expected
