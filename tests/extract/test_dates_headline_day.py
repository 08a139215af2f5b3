"""The day stuck to the headline ("16.03.04: Headline", "Headline [06.03.2007]") dates a page
no metadata and no address dates, before a later line (headlineday.headline_day); small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Musikschule ihre Gebühren in Raten nimmt")
URL = "http://www.musikschule-kranichfeld.example/news.php?id=12"
LATER = "<p>Anmeldeschluss 18.03.2004, 20:30 Uhr</p><p>Besucher seit dem 05.04.2001</p>"
LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article",'
    ' "headline": "Raten für Gebühren", "datePublished": "2004-03-20"}</script>'
)


@pytest.mark.parametrize(
    "headline",
    [
        "16.03.04: Musikschule: Gebühren jetzt in Raten",
        "Musikschule: Gebühren jetzt in Raten [16.03.2004]",
        "[16.03.2004] Musikschule: Gebühren jetzt in Raten",
    ],
)
def test_headline_day_dates_the_page(headline: str) -> None:
    found = published_on(f"<h1>{headline}</h1>{TEXT}{LATER}", "", URL)
    assert found is not None
    assert found[:10] == "2004-03-16"


def test_metadata_date_stays() -> None:
    # guard: a page whose JSON-LD names its day keeps it
    body = f"<h1>16.03.04: Musikschule: Gebühren jetzt in Raten</h1>{TEXT}"
    found = published_on(body, LD, URL)
    assert found is not None
    assert found[:10] == "2004-03-20"


def test_headline_without_day_is_untouched() -> None:
    # guard: a headline with no day of its own leaves the page's line as it was
    found = published_on(f"<h1>Musikschule: Gebühren jetzt in Raten</h1>{TEXT}{LATER}", "", URL)
    assert found is None or found[:10] != "2004-03-16"
