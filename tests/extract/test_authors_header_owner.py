"""A header's owner: the full name alone in the page's header or banner box ("<div
id='banner'><p class='owner'>Lena Schubert</p>", "<header class='world-header'>") names a
personal blog's or member page's writer where nothing else names anyone
(:func:`~newsarchive.extract.profilebox.header_owner`; kind read in aq, ar, bu, en_v, issue
11). Small invented pages; a byline, the site's own name in the header, a login and two
headers with two names are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://lenas-haushaltsbuch.example/2019/05/kassensturz-im-mai"
TEXT = "".join(
    f"<p>Im {n}. Monat mit dem Haushaltsbuch sehe ich endlich, wohin das Geld geht: "
    "Lebensmittel, Miete und viel zu viele Kleinigkeiten am Kiosk.</p>"
    for n in range(2, 6)
)
HEADLINE = "Kassensturz im Mai"


def authors(header: str, byline: str = "", site: str = "") -> list[str]:
    """The authors of an invented blog post under ``header``."""
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    html = page_with(
        f"{header}<div class='post'><h1>{HEADLINE}</h1>{byline}"
        f"<p class='date'>12.05.2019</p>{TEXT}</div>",
        f"<title>{HEADLINE}</title>{meta}",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "<div id='banner'><p class='owner'>Lena Schubert</p><p>Mein Weg aus dem Dispo</p>"
            "</div>",
            ["Lena Schubert"],
        ),
        (
            "<header class='world-header'><span>Tobias Wendland</span><nav><a href='/'>Start"
            "</a></nav></header>",
            ["Tobias Wendland"],
        ),
    ],
)
def test_header_owner_credited(header: str, expected: list[str]) -> None:
    assert authors(header) == expected


HEADER = "<div id='banner'><p class='owner'>Lena Schubert</p></div>"


@pytest.mark.parametrize(
    ("header", "byline", "site", "expected"),
    [
        # a byline names the writer
        (HEADER, "<p class='byline'>Von Jonas Brehm</p>", "", ["Jonas Brehm"]),
        # the site's own name in its header ("Get Satisfaction"); a login
        (
            "<header id='masthead'><a class='blog-name'>Geld Sparen</a></header>",
            "",
            "Geld Sparen",
            [],
        ),
        ("<div id='banner'><p>lena_spart</p></div>", "", "", []),
        # two headers with two names
        (
            "<div id='banner'><p>Lena Schubert</p></div>"
            "<div class='header'><p>Tobias Wendland</p></div>",
            "",
            "",
            [],
        ),
    ],
)
def test_header_owner_left_alone(header: str, byline: str, site: str, expected: list[str]) -> None:
    assert authors(header, byline, site) == expected


@pytest.mark.parametrize(
    "header",
    [
        # a header's labels are two capitalised words too (kinds seen on real pages, issue
        # 11, session 28): a skip link, a hidden navigation heading, a hotline, a button
        "<header class='site-header'><a href='#main'>Zum Inhalt</a></header>",
        "<header class='site-header'><span role='heading'>Service Navigation</span></header>",
        "<div class='header-top'><a href='tel:0800'><span>Kostenlose Beratung</span></a></div>",
        "<div id='header'><button>ZUR KASSE</button></div>",
        "<div id='banner'><p class='owner'>Klickwerk Blog</p></div>",
    ],
)
def test_header_label_is_no_owner(header: str) -> None:
    assert authors(header) == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a given name opens it: a double name counts by its first part; "Blog von A" is A's
        ("<div id='banner'><p>Jürgen Kowalski</p></div>", ["Jürgen Kowalski"]),
        ("<div id='banner'><p>Hans-Peter Ostendorf</p></div>", ["Hans-Peter Ostendorf"]),
        ("<div id='banner'><p>Ayşe Demirtaş</p></div>", ["Ayşe Demirtaş"]),
        ("<div id='banner'><p>Geldnotizen von Ines Wallbrecht</p></div>", ["Ines Wallbrecht"]),
    ],
)
def test_header_owner_with_a_given_name(header: str, expected: list[str]) -> None:
    assert authors(header) == expected
