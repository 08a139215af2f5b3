"""Small invented pages for the extraction tests (no corpus content)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

#: The fetch time of the invented pages.
FETCHED = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

ARTICLE = "".join(
    f"<p>Die Volksbank Musterstadt erklärt im {n}. Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 5)
)


def article_page(head: str = "", top: str = "", tail: str = "") -> bytes:
    """An invented article page: ``top`` before the text (headline, byline), ``tail`` after."""
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body><main><article>{top}"
        f"{ARTICLE}{tail}</article></main></body></html>"
    ).encode()


def authors_under_headline(byline: str, url: str) -> list[str]:
    """The authors :func:`~newsarchive.extract.extract` gives for :func:`article_page` with
    a headline and the element ``byline`` (its markup whole) above the text."""
    top = f"<h1>Sparkasse startet eigenen Kanal</h1>{byline}"
    return extract(article_page(top=top), url, fetched_at=FETCHED)["authors"]


def paragraphs(why: str, count: int = 3) -> str:
    """``count`` invented paragraphs of the Sparkasse Musterstadt explaining ``why``."""
    return "".join(
        f"<p>Die Sparkasse Musterstadt erklärt im {n}. Absatz, warum {why} und was Kundinnen "
        "und Kunden davon haben sollen.</p>"
        for n in range(1, count + 1)
    )


def published_on(body: str, head: str, url: str) -> str | None:
    """The publication date :func:`~newsarchive.extract.extract` gives for a page with the
    ``<body>`` content ``body`` at ``url``."""
    return extract(page_with(body, head), url, fetched_at=FETCHED)["published"]


def page_with(body: str, head: str = "") -> bytes:
    """An invented page with the given ``<body>`` content (its own layout)."""
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def extracted(article: str, url: str, head: str = "") -> dict[str, Any]:
    """What :func:`~newsarchive.extract.extract` gives for :func:`page_with` a page whose
    ``<main><article>`` holds ``article`` (its ``<head>`` holding ``head``)."""
    page = page_with(f"<main><article>{article}</article></main>", head)
    return extract(page, url, fetched_at=FETCHED)


#: The address of :func:`body_around`'s page.
PRICES_URL = "http://www.bank.example/aktuell/preise.htm"


def body_around(block: str) -> str:
    """The body :func:`~newsarchive.extract.extract` gives for a page "Neue Preise" with
    ``block`` between two runs of invented paragraphs."""
    text = (
        f"<h1>Neue Preise</h1>{paragraphs('die Preise steigen')}{block}{paragraphs('sie sinken')}"
    )
    return str(extract(page_with(f"<main>{text}</main>"), PRICES_URL, fetched_at=FETCHED)["body"])


def graph(*objects: dict) -> str:
    """A JSON-LD ``@graph`` script holding ``objects``."""
    return (
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@graph": list(objects)})
        + "</script>"
    )


#: The address and the three plain text lines of the body-line tests.
LINES_URL = "https://bank.example/2026/11/artikel.html"
LINES = [
    "Die Volksbank Musterstadt hat am Montag ihren Kanal auf Instagram gestartet.",
    "Sie will damit junge Kundinnen und Kunden erreichen, sagt der Vorstand.",
    "Weitere Filialen sollen im Frühjahr folgen.",
]


def kept_lines(lines: list[str]) -> list[str]:
    """The body lines :func:`~newsarchive.extract.body.clean_lines` keeps under the
    headline "Volksbank startet Kanal auf Instagram" (no site rules)."""
    return clean_lines(lines, "Volksbank startet Kanal auf Instagram", "", SiteRules())[0]


#: The address of :func:`board_post`'s page.
BOARD_URL = "http://www.aktienbrett.example/board/messages/998.html"
#: The replies under :func:`board_post`'s text, each with its own later day.
BOARD_REPLIES = (
    "<p><b>Antworten:</b></p><ul><li><a href='#'>Re: Bankaktien nachkaufen?</a> "
    "<b>Uwe aus Kassel</b> <i>9. Oktober 1998</i></li><li><a href='#'>Re: Bankaktien "
    "nachkaufen?</a> <b>kontofrei</b> <i>10/10/1998</i></li></ul>"
)


def board_post(line: str) -> str:
    """A board's post of 8 October 1998 (the day written in ``line`` over its text, or not),
    with its replies' later days under the text."""
    return (
        "<h1>Bankaktien nach dem Kurssturz nachkaufen?</h1>"
        "<p>[ <a href='#'>Antworten</a> ] [ <a href='#'>Aktienbrett</a> ]</p>"
        f"<p>{line}</p>{paragraphs('die Bankaktien nachgekauft werden')}{BOARD_REPLIES}"
    )


#: A club's news page (its name over a post) for the title tests of a site's name over its
#: post (test_title_site_section, test_title_classed_heading): address, name, post heading
#: and four paragraphs of text.
CLUB_URL = "http://www.runde7b-musterau.example/news.php?id=17"
CLUB_SITE = "Runde 7b Musterau"
CLUB_HEAD = "Neue Bahn im Vereinsheim eingeweiht"
CLUB_TEXT = "".join(
    f"<p>Beim {n}. Abend der Saison haben wir die neue Bahn im Vereinsheim eingeweiht und "
    "danach lange über die Kasse, die Beiträge und das Sommerfest gesprochen.</p>"
    for n in range(1, 5)
)
