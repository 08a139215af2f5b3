"""On a page with no date anywhere else, the day its breadcrumb trail names is the page's
("Start › News › 08.11.2025": a school's site files its news under the day; dates_g's miss,
issue 11, rdates10), on small pages written for the test."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Schülerfirma jetzt ein Konto bei der Sparkasse hat")
URL = "https://www.gymnasium.example/aktuelles/schuelerfirma-eroeffnet-konto"


def _page(trail: str, line: str = "") -> str:
    return (
        f"<main><nav class='breadcrumb'>{trail}</nav><article><h1>Schülerfirma eröffnet ihr "
        f"erstes Konto</h1>{line}{TEXT}</article></main>"
    )


def test_the_breadcrumbs_day_when_nothing_else_names_one() -> None:
    assert published_on(_page("Start › News › 08.11.2025"), "", URL) == "2025-11-08"


def test_a_date_line_comes_before_the_breadcrumb() -> None:
    page = _page("Start › News › 08.11.2025", "<p class='date'>10.11.2025</p>")
    assert published_on(page, "", URL) == "2025-11-10"


def test_a_trail_without_a_day_names_none() -> None:
    assert published_on(_page("Start › News › Schülerfirma"), "", URL) is None
