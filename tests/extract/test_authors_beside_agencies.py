"""Agencies a byline credits beside its writers: in parentheses after the name ("Von Anna
Beispiel (mit dpa)"), and beside the people the metadata names alone (JSON-LD gives Anna
Beispiel, the page shows "Anna Beispiel, dpa"; issue 11, kinds read on the blind de_full68
and de_full69). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import extracted

from newsarchive.extract.names import split_authors

URL = "https://www.beispielblatt.example/wirtschaft/kontaktlos-zahlen-12345.html"
TEXT = (
    "<p>Die Kundinnen und Kunden der Sparkasse Musterstadt zahlen immer öfter kontaktlos, "
    "wie eine Auswertung der Umsätze des vergangenen Jahres zeigt, die am Montag erschien.</p>"
    "<p>Ein zweiter Absatz beschreibt, wie viele Menschen noch Bargeld abheben und warum "
    "die Geldautomaten in den Dörfern trotzdem bleiben sollen.</p>"
)
PERSON = (
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
    '{"@type": "Person", "name": "Carla Beispiel"}}</script>'
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Anna Beispiel (mit dpa)", (["Anna Beispiel"], ["dpa"])),
        ("Anna Beispiel (dpa/AFP)", (["Anna Beispiel"], ["dpa", "AFP"])),
        ("Anna Beispiel (Frankfurt)", (["Anna Beispiel"], [])),
        ("Von Anna Beispiel (mit Fotos)", (["Anna Beispiel"], [])),
    ],
)
def test_agencies_in_parentheses_after_the_name(
    byline: str, expected: tuple[list[str], list[str]]
) -> None:
    assert split_authors([byline]) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<span class='author-name'>Carla Beispiel</span>, <span class='agency'>dpa</span>",
            ["Carla Beispiel", "dpa"],
        ),
        ("Von Carla Beispiel (mit Reuters)", ["Carla Beispiel", "Reuters"]),
        # spans run together, the separator glued on (session 40)
        (
            "Von <a class='author'>Carla Beispiel</a> <span class='agency'>mit Reuters</span>"
            "<span class='sep'>·</span><time>11. November 2026</time>",
            ["Carla Beispiel", "Reuters"],
        ),
        ("Von Carla Beispiel, mit Material von dpa und AFP", ["Carla Beispiel", "dpa", "AFP"]),
        # the share run on by the byline's date; spans run together (session 41)
        (
            "Von Carla Beispiel, mit Material von dpa-AFX <time>12. März 2026, 07:05 Uhr</time>",
            ["Carla Beispiel", "dpa-AFX"],
        ),
        (
            "<span class='author'>Carla Beispiel</span><span class='share'>mit Material von "
            "Reuters</span><span class='date'>12. Mai 2026</span><span> · 6 Min. Lesezeit</span>",
            ["Carla Beispiel", "Reuters"],
        ),
        # the line gives the metadata's person with her title (session 41)
        ("Von Dr. Carla Beispiel, mit Material von dpa", ["Dr. Carla Beispiel", "dpa"]),
        # no agency beside the name: the metadata's person alone
        ("<span class='author-name'>Carla Beispiel</span>, Bremen", ["Carla Beispiel"]),
        # a national wire beside the writer, each a link (session 65, read on en_et, en_eu)
        (
            "by <a href='/author/carla/'>Carla Beispiel</a> and <a href='/author/cna/'>CNA</a>",
            ["Carla Beispiel", "CNA"],
        ),
        (
            "<a href='/authors/2291/carla'>Carla Beispiel</a> | <span class='agency'>APP</span>",
            ["Carla Beispiel", "APP"],
        ),
    ],
)
def test_agencies_beside_the_metadata_s_person(byline: str, expected: list[str]) -> None:
    article = (
        "<h1>Kontaktlos zahlen: Kunden zücken seltener Bargeld</h1>"
        f"<div class='byline'>{byline}</div>{TEXT}"
    )
    assert extracted(article, URL, PERSON)["authors"] == expected


def test_another_storys_teaser_crediting_an_agency_beside_the_writer() -> None:
    # the writer's name alone in the byline, "Von dpa und Carla Beispiel" under a teaser of
    # another story below the text (session 39, de_full146)
    article = (
        "<h1>Kontaktlos zahlen: Kunden zücken seltener Bargeld</h1><div class='byline'>Von "
        f"Carla Beispiel</div>{TEXT}<section class='teaser-list'><article class='teaser'>"
        "<a href='/geldautomaten-12346.html'><h3 class='teaser__headline'>Immer mehr Gemeinden "
        "ohne Geldautomat</h3><span class='teaser__byline'>Von dpa und Carla Beispiel</span>"
        "</a></article></section>"
    )
    assert extracted(article, URL, PERSON)["authors"] == ["Carla Beispiel"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # no metadata author: the name marked in the byline, the agency beside it (session 40)
        (
            "Von <a class='author' href='/autoren/carla-beispiel'>Carla Beispiel</a>, dpa · "
            "<time datetime='2026-12-03T20:47:00Z'>03.12.2026</time>",
            ["Carla Beispiel", "dpa"],
        ),
        (
            "<a class='author' href='/autor/carla-beispiel/'>Carla Beispiel</a> "
            "<span class='agency'>(mit AFP)</span>",
            ["Carla Beispiel", "AFP"],
        ),
        (
            "Von <a class='author' href='/autoren/carla-beispiel'>Carla Beispiel</a>, Bremen",
            ["Carla Beispiel"],
        ),
    ],
)
def test_agencies_beside_the_marked_name(byline: str, expected: list[str]) -> None:
    article = (
        "<h1>Kontaktlos zahlen: Kunden zücken seltener Bargeld</h1>"
        f"<div class='byline'>{byline}</div>{TEXT}"
    )
    assert extracted(article, URL)["authors"] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # no metadata, no marked name: the byline's text, the agency beside it (session 40)
        ("Autor: Carla Beispiel (Reuters)", ["Carla Beispiel", "Reuters"]),
        ("Von Carla Beispiel, epd", ["Carla Beispiel", "epd"]),
        ("Von Carla Beispiel, Bremen", ["Carla Beispiel"]),
    ],
)
def test_agencies_beside_the_byline_text(byline: str, expected: list[str]) -> None:
    article = (
        "<h1>Kontaktlos zahlen: Kunden zücken seltener Bargeld</h1>"
        f"<p class='zeile'><span class='zeit'>30.06.2026 | 09:31</span> | <span>{byline}</span>"
        f"</p>{TEXT}"
    )
    assert extracted(article, URL)["authors"] == expected


@pytest.mark.parametrize(
    ("byline", "head", "expected"),
    [
        # the agency beside the writer whichever source named her (session 41): a site-wide
        # meta author the page never shows under the byline's text
        (
            "Von <span class='name'>Carla Beispiel</span>, mit Material von dpa",
            "<meta name='author' content='Beispielblatt Verlag GmbH'>",
            ["Carla Beispiel", "dpa"],
        ),
        ("Von <a href='/autor/cb'>Carla Beispiel</a> (dpa)", "", ["Carla Beispiel", "dpa"]),
        (
            "<span class='autor'>Carla Beispiel</span><span>, </span><span>APA</span>",
            "",
            ["Carla Beispiel", "APA"],
        ),
        ("Von <a href='/autor/cb'>Carla Beispiel</a> (Bremen)", "", ["Carla Beispiel"]),
    ],
)
def test_agencies_beside_the_writer_whatever_named_her(
    byline: str, head: str, expected: list[str]
) -> None:
    article = (
        "<h1>Kontaktlos zahlen: Kunden zücken seltener Bargeld</h1>"
        f"<div class='meta'><p class='zeile'>{byline}</p><time>12.03.2026</time></div>{TEXT}"
    )
    assert extracted(article, URL, head)["authors"] == expected
