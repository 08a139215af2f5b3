"""A line of the article crediting its writers (issue 11): the case it reads and the cases
it leaves alone, on small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://sender.example/wirtschaft/kanal-der-sparkasse/"
TEXT = "".join(
    f"<p>Die Sparkasse Talbach informiert ihre Kundschaft seit {n} Wochen über einen eigenen "
    "Kanal im Messenger und beantwortet dort auch Fragen zu Konten und Karten.</p>"
    for n in range(1, 6)
)


def page(byline: str, authors: list[dict[str, str]]) -> bytes:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "author": authors}
    return page_with(
        f"<article><h1>Sparkasse startet eigenen Kanal</h1><div class='meta'>{byline}</div>"
        f"<div class='text'>{TEXT}</div></article>",
        "<title>Sparkasse startet eigenen Kanal</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def post(byline: str, after: str = "") -> bytes:
    return page_with(
        f"<article><h1>Sparkasse startet eigenen Kanal</h1><div class='meta'>{byline}</div>"
        f"<div class='text'>{TEXT}</div>{after}</article>",
        "<title>Sparkasse startet eigenen Kanal</title>",
    )


@pytest.mark.parametrize(
    ("byline", "after", "expected"),
    [
        # a line crediting the writers, under a login's or nobody's byline
        (
            "von <a rel='author' href='/author/lehrstuhl-fm/'>lehrstuhl-fm</a>",
            "<p><em>Ein Beitrag von Finn Albrecht und Sophie Ranft, Studierende.</em></p>",
            ["Finn Albrecht", "Sophie Ranft"],
        ),
        ("12.05.2025", "<p>Dieser Text wurde verfasst von Jan Roth.</p>", ["Jan Roth"]),
        # under a team's account (session 37, de_full139)
        (
            "von <a rel='author' href='/author/sm/'>Social-Media-Team</a>",
            "<p>Ein Beitrag von Lea Hoffmann, Auszubildende.</p>",
            ["Lea Hoffmann"],
        ),
        # a person's byline stays; a team credited is no person
        ("Von Marco Bellini", "<p>Ein Beitrag von Jan Roth.</p>", ["Marco Bellini"]),
        ("12.05.2025", "<p>Ein Beitrag von Team Vorsorge.</p>", []),
    ],
)
def test_credit_line(byline: str, after: str, expected: list[str]) -> None:
    assert authors(post(byline, after=after)) == expected


def test_credit_line_after_a_label_opening_the_text() -> None:
    # "<strong>Azubi-Blog</strong> · Ein Beitrag von A, …" under a team's account
    html = page(
        "von <a rel='author' href='/author/marketing-team/'>Marketing Team</a></div><div "
        "class='text'><p><strong>Azubi-Blog</strong> · Ein Beitrag von Lea Hoffmann, "
        "Auszubildende.</p>",
        [{"@type": "Person", "name": "Marketing Team"}],
    )
    assert authors(html) == ["Lea Hoffmann"]


PERSON = {"@type": "Person", "name": "Lena Hofstätter"}


@pytest.mark.parametrize(
    ("byline", "listed", "expected"),
    [
        # the broadcaster or insurer beside a person in the author list is no author
        (
            "Von Lena Hofstätter",
            [PERSON, {"@type": "Organization", "name": "Kanal Eins"}],
            ["Lena Hofstätter"],
        ),
        (
            "Text: Lena Hofstätter",
            [PERSON, {"@type": "Corporation", "name": "Nordwind AG"}],
            ["Lena Hofstätter"],
        ),
        # shown in the byline as a node of its own, it stays; alone, it stays too
        (
            "Von <span>Kanal Eins</span>, <span>Lena Hofstätter</span>",
            [PERSON, {"@type": "NewsMediaOrganization", "name": "Kanal Eins"}],
            ["Lena Hofstätter", "Kanal Eins"],
        ),
        ("", [{"@type": "Organization", "name": "Kanal Eins"}], ["Kanal Eins"]),
        # a news agency beside the person is a writer (session 49, read on de_full184)
        (
            "Von Lena Hofstätter",
            [PERSON, {"@type": "Organization", "name": "dpa"}],
            ["Lena Hofstätter", "dpa"],
        ),
        # a team's account beside the person (Ghost's "A, Team X"; session 54, de_full284)
        (
            "<a href='/author/lena/'>Lena Hofstätter</a>, <a href='/author/team/'>Team Talbach</a>",
            [PERSON, {"@type": "Person", "name": "Team Talbach"}],
            ["Lena Hofstätter"],
        ),
        # two people stay two people
        (
            "Von Lena Hofstätter und Jan Roth",
            [PERSON, {"@type": "Person", "name": "Jan Roth"}],
            ["Lena Hofstätter", "Jan Roth"],
        ),
    ],
)
def test_organisation_beside_a_person(
    byline: str, listed: list[dict[str, str]], expected: list[str]
) -> None:
    assert authors(page(byline, listed)) == expected
