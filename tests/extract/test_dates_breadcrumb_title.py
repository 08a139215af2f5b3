"""A breadcrumb ending in the title (Joomla's "pathway") does not take the headline's place:
the date line under the headline still replaces a site's stale meta date (session 46, read
on dates_di); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

HEADLINE = "Virtuelle Filiale: Volksbank eröffnet in Second Life"
HEAD = (
    f"<title>Bankenforum - {HEADLINE}</title>"
    "<meta name='date' content='2005-03-01'><meta name='DC.date' content='2005-03-01'>"
)
URL = "https://www.bankenforum.example/index.php?option=com_content&task=view&id=873"
TEXT = paragraphs("die Bank in Second Life wirbt")


def _page(crumb: str, trail: str = "topmenu") -> str:
    return (
        f"<table><tr><td class='{trail}'><span class='pathway'><a href='/'>Startseite</a> &gt; "
        f"<a href='/news'>Nachrichten</a> &gt; {crumb}</span></td></tr></table>"
        "<table class='contentpaneopen'><tr><td class='contentheading'>"
        f"{HEADLINE}</td></tr><tr><td><span class='small'>Geschrieben von Thomas Ebert"
        "</span></td></tr><tr><td class='createdate'>Dienstag, 14. August 2007</td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )


@pytest.mark.parametrize(
    ("crumb", "trail"),
    [(HEADLINE, "topmenu"), (HEADLINE, "breadcrumbs"), ("Artikel", "topmenu")],
)
def test_the_date_line_under_the_headline_wins_over_a_stale_meta_date(
    crumb: str, trail: str
) -> None:
    assert (published_on(_page(crumb, trail), HEAD, URL) or "")[:10] == "2007-08-14"


def test_a_paragraph_reading_the_title_before_the_headline_still_counts() -> None:
    # (a teaser of the same story above the headline: not the page's headline's node)
    body = f"<p>{HEADLINE}</p><div>Archiv vom 03.02.2003</div>" + _page("Artikel")
    assert (published_on(body, HEAD, URL) or "")[:10] == "2005-03-01"
