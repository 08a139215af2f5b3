"""A podcast episode's credit line under its show notes ("Moderation: A und B", "Host: A ·
Gast: B", "Shownotes: A", "Mit A und B"): the hosts or the notes' writer are the episode
page's authors, a guest is not (:data:`~newsarchive.extract.data.PODCAST_CREDIT`; kind read
in halves BT, U, J and AX, the "Mit" form in BA, BY and de_full20, issue 11). Small invented
pages. The same labels in an episode's byline markup ("Moderation und Redaktion:" <a>A</a>) are
no names (session 34)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://podcast.geldfunk.example/folge-42-tagesgeld"
TEXT = "".join(
    f"<p>In Folge 42 geht es um Tagesgeld: Warum lockt die {n}. Bank mit einem Zins, der nach "
    "vier Monaten wieder fällt, und was Sparerinnen und Sparer dagegen tun können?</p>"
    for n in range(2, 6)
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<div class='show'><a>Geldfunk</a></div><main><h1>Folge 42: Lockzinsen beim Tagesgeld"
        f"</h1><section class='notes'>{TEXT}<p>{end}</p></section></main>",
        "<title>Folge 42: Lockzinsen beim Tagesgeld | Geldfunk</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("Moderation: Wiebke Harmsen und Tjark Olbers", ["Wiebke Harmsen", "Tjark Olbers"]),
        ("Host: Tjark Olbers · Gast: Renate Kühling", ["Tjark Olbers"]),
        ("Shownotes: Wiebke Harmsen", ["Wiebke Harmsen"]),
        ("Moderation und Redaktion: Wiebke Harmsen", ["Wiebke Harmsen"]),
        # a guest alone, or a first name: nobody
        ("Zu Gast: Renate Kühling", []),
        ("Moderation: Wiebke", []),
        # the hosts line "Mit A und B" or "Mit: A"; a button "Mit Apple Pay" is nobody
        ("Mit Wiebke Harmsen und Tjark Olbers", ["Wiebke Harmsen", "Tjark Olbers"]),
        ("Mit: Tjark Olbers", ["Tjark Olbers"]),
        ("Mit Apple Pay", []),
        ("Mit Wiebke Harmsen", []),
    ],
)
def test_a_podcast_credit_line_names_the_hosts(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Moderation und Redaktion: <a href='/hosts/nele-harms'>Nele Harms</a> · "
            "<time>14. Mai 2026</time>",
            ["Nele Harms"],
        ),
        ("Host: <a href='/hosts/jan-ulm'>Jan Ulm</a>", ["Jan Ulm"]),
    ],
)
def test_a_host_label_in_the_byline_markup(byline: str, expected: list[str]) -> None:
    # the episode's byline element over the notes: the label is no name (session 34,
    # de_full104)
    html = page_with(
        "<main><header><h1>Folge 42: Lockzinsen beim Tagesgeld</h1>"
        f"<p class='episode__byline'>{byline}</p></header><section>{TEXT}</section></main>",
        "<title>Folge 42: Lockzinsen beim Tagesgeld | Geldfunk</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
