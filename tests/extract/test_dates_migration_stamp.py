"""Metadata that dates publication and change alike with one stamp (a migration's, a relaunch's:
"datePublished" = "dateModified" = "2019-06-01T00:00:00") yields to the page's own earlier
date markup ("<time itemprop='datePublished' datetime='2009-12-22T15:40'>"; issue 11,
session 32: blind dates_cd and dates_cc), else to the meta tags' earlier publication day
(og:article:published_time, dcterms.date; session 34, de_full103)."""

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
    # (the markup's day shown nowhere: a day the markup and a date line agree on replaces a
    # stamp far from it anyway, test_dates_far_stamp.py)
    hidden = MARKUP.replace("Veröffentlicht: 22. Dezember 2009, 15:40", "")
    body = (
        "<main><article><div class='page-header'>"
        "<h1 itemprop='headline'>Bank warnt vor gefälschten Weihnachtsgrüßen</h1></div>"
        f"{hidden}{TEXT}</article></main>"
    )
    assert (published_on(body, _head(published, modified), URL) or "")[:10] == expected


@pytest.mark.parametrize(
    ("modified", "expected"),
    [
        # one stamp for both at midnight of the next day: the meta tags' evening before
        # (Drupal's og:article:published_time and dcterms.date; session 34, de_full103)
        ("2025-02-25T00:00:00+01:00", "2025-02-24"),
        # a later change of its own: JSON-LD's publication stands
        ("2025-02-26T09:00:00+01:00", "2025-02-25"),
    ],
)
def test_one_stamp_yields_to_the_meta_tags(modified: str, expected: str) -> None:
    head = _head("2025-02-25T00:00:00+01:00", modified) + (
        "<meta property='article:published_time' content='2025-02-24T18:00:00+01:00'>"
        "<meta name='dcterms.date' content='2025-02-24T18:00:00+01:00'>"
    )
    body = (
        "<main><article><h1>Bank warnt vor gefälschten Weihnachtsgrüßen</h1>"
        f"{TEXT}</article></main>"
    )
    assert (published_on(body, head, URL) or "")[:10] == expected
