"""A page dated by its own entry in a list it shows: a side column's "Neueste Beiträge"
links to the page itself with its day, where the page shows only the month ("Dezember
2021"; :mod:`~newsarchive.extract.selfentry`; kind read on blind dates_ch, session 34,
issue 11). Small invented pages; other posts' entries, and entries of two days, date
nothing."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with
from lxml import html as lxml_html

from newsarchive.extract import extract
from newsarchive.extract.selfentry import self_entry_day

URL = "https://www.zahlwerk.example/blog/e-rechnung-im-b2b"
HEAD = (
    "<h1>E-Rechnung im B2B</h1><div class='meta'><a href='/blog/author/mq'>Marlene Quast</a> "
    "<span>Dezember 2021</span></div>"
)


def page(entries: str) -> str:
    """An invented post with a side column listing ``entries``."""
    return page_with(
        f"<main><article>{HEAD}{ARTICLE}</article><aside><h3>Neueste Beiträge</h3><ul>"
        f"{entries}</ul></aside></main>",
        "<title>E-Rechnung im B2B | Zahlwerk</title>",
    )


OWN = "<li><a href='{}'>E-Rechnung im B2B</a> <span>09.12.2021</span></li>"
OTHER = "<li><a href='/blog/skonto'>Skonto automatisieren</a> <span>28.10.2021</span></li>"


@pytest.mark.parametrize(
    "href", [URL, "/blog/e-rechnung-im-b2b/", "http://zahlwerk.example/blog/e-rechnung-im-b2b"]
)
def test_the_page_s_own_entry_dates_it(href: str) -> None:
    html = page(OWN.format(href) + OTHER)
    assert str(extract(html, URL, fetched_at=FETCHED)["published"])[:10] == "2021-12-09"


@pytest.mark.parametrize(
    "entries",
    [
        OTHER,  # only other posts
        OWN.format(URL) + OWN.format(URL).replace("09.12.2021", "10.12.2021"),  # two days
    ],
)
def test_no_own_entry_of_one_day_dates_nothing(entries: str) -> None:
    assert self_entry_day(lxml_html.fromstring(page(entries)), URL) is None
