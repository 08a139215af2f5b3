"""A slashed date the page shows ("Submitted by … on 10/27/2026 - 10:15", Drupal's default
medium format m/d/Y - H:i, US order) as a date line and as a day htmldate's extensive search
may give, on small pages written for the test."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

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


def test_a_slashed_day_either_order_allows_is_read_month_first() -> None:
    url = "https://www.cu-news.example/news/credit-union-branch-2"
    assert (published_on(_drupal("05/04/2026 - 10:15"), "", url) or "")[:10] == "2026-05-04"


def test_a_fraction_or_a_reference_is_no_date() -> None:
    body = _drupal("the board") + "<p>Ref. 3/4/202 and a share of 1/3/20 of the vote.</p>"
    assert published_on(body, "", "https://www.cu-news.example/news/board") is None
