"""A slashed date the page shows ("Submitted by … on 10/27/2026 - 10:15", Drupal's default
medium format m/d/Y - H:i; "08/02/2023" on a German blog, d/m/Y) as a day htmldate's
extensive search may give, and in date markup in the page's language's order, on small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs, published_on

from newsarchive.extract import extract

TEXT = paragraphs("the credit union opened a new branch downtown")


def _drupal(day: str) -> str:
    """A Drupal node: the title, "Submitted by <name> on <day>", the text."""
    return (
        "<main><article class='node node--type-article'><h1><span>Credit union opens a "
        "branch</span></h1><div class='node__submitted'>Submitted by <span>Ann Lee</span> "
        f"on <span class='field--name-created'>{day}</span></div><div class='node__content'>"
        f"{TEXT}</div></article></main>"
    )


def test_a_slashed_day_no_other_order_allows_is_the_date() -> None:
    url = "https://www.cu-news.example/news/credit-union-branch"
    assert (published_on(_drupal("10/27/2026 - 10:15"), "", url) or "")[:10] == "2026-10-27"


def test_a_slashed_day_in_german_order_is_not_read_month_first_over_the_metadata() -> None:
    head = "<meta property='article:published_time' content='2023-02-08T00:15:00+01:00'>"
    body = _drupal("08/02/2023")
    url = "https://www.finanzblog.example/2023/02/girokonto-fuer-kinder/"
    assert (published_on(body, head, url) or "")[:10] == "2023-02-08"


def test_a_fraction_or_a_reference_is_no_date() -> None:
    body = _drupal("the board") + "<p>Ref. 3/4/202 and a share of 1/3/20 of the vote.</p>"
    assert published_on(body, "", "https://www.cu-news.example/news/board") is None


def _blog(lang: str, day: str) -> bytes:
    """A blog post whose theme prints its day slashed in a "date" class, on a page in ``lang``."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'></head><body><div class='blog-post'>"
        f"<h2 class='blog-title'>Kontowechsel einfach erklärt</h2><p class='blog-date'>"
        f"<span class='date-text'>{day}</span></p>{TEXT}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # a German page writes the day first (d/m/Y: slashes for the dots)
        ("de", "2023-02-08"),
        ("de-DE", "2023-02-08"),
        # others the month first (m/d/Y)
        ("en", "2023-08-02"),
        ("en-US", "2023-08-02"),
    ],
)
def test_a_slashed_day_is_read_in_the_page_s_language_order(lang: str, expected: str) -> None:
    found = extract(
        _blog(lang, "08/02/2023"), "https://blog.example/kontowechsel", fetched_at=FETCHED
    )
    assert (found["published"] or "")[:10] == expected


def test_a_slashed_day_only_one_order_allows_is_read_so_on_a_german_page() -> None:
    found = extract(
        _blog("de", "10/27/2026"), "https://blog.example/kontowechsel", fetched_at=FETCHED
    )
    assert (found["published"] or "")[:10] == "2026-10-27"
