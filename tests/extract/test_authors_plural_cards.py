"""A plural author label over person cards ("Autor/innen", "Autor*innen"), one name a
node: every name, where the metadata names the first alone too. Under a name, a role or an
academic home ("Jade Hochschule", "Historisches Institut, Universität X") or, once one card shows
such a line, any line is passed over; a date's label after the names ("Letzte Änderung")
ends them; an academic home named by its last word is no co-writer in a byline either
("Von A, Historisches Institut, Universität X"). Issue 11, session 57: 4 read judges'
authors up (dates_fr, dates_fs, de_full374, de_full380), none down. Small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.bylines import text_bylines

URL = "https://www.finanzkultur-blog.example/beitraege/likes-fuer-die-filiale"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt geht es darum, wie Sparkassen und Genossenschaftsbanken auf "
    "Instagram antworten und was ihre Kundinnen und Kunden davon halten.</p>"
    for n in range(1, 5)
)


def authors(cards: str, first: str | None) -> list[str]:
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Likes"}
    if first:
        ld["author"] = {"@type": "Person", "name": first}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    body = f"<main><article><h1>Likes für die Filiale</h1>{cards}{TEXT}</article></main>"
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


def items(label: str, *values: str) -> str:
    cells = "".join(f"<div class='field__item'>{v}</div>" for v in values)
    return f"<div class='field'><div class='field__label'>{label}</div><div>{cells}</div></div>"


@pytest.mark.parametrize(
    ("cards", "first", "expected"),
    [
        # a slashed plural label over linked names
        (
            items("Autor/innen", "<a>Miriam Oltrogge</a>", "<a>Jannis Peterke</a>"),
            "Miriam Oltrogge",
            ["Miriam Oltrogge", "Jannis Peterke"],
        ),
        # a date's label after the names is none of them
        (
            items("Autor*innen", "<a>Jonas Kessler</a>", "<a>Melek Aydın</a>")
            + "<div><span>Letzte Änderung</span> <time>22.02.2024</time></div>",
            "Jonas Kessler",
            ["Jonas Kessler", "Melek Aydın"],
        ),
        # an academic home under each name; the last card's is a firm's name
        (
            items(
                "Autor/innen",
                "<a>Lukas Brüning</a><br><span>Universität Vechta</span>",
                "<a>Tabea Krogmann</a><br><span>Universität Vechta</span>",
                "<a>Yusuf Aksoy</a><br><span>Genossenschaftsverband Weser-Ems</span>",
            ),
            None,
            ["Lukas Brüning", "Tabea Krogmann", "Yusuf Aksoy"],
        ),
        # a home whose last word names it
        (
            items("Autor/innen", "<a>Frauke Dirksen</a><br><span>Jade Hochschule</span>"),
            None,
            ["Frauke Dirksen"],
        ),
    ],
)
def test_every_card_under_a_plural_label(
    cards: str, first: str | None, expected: list[str]
) -> None:
    assert authors(cards, first) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (["Letzte Änderung", "22.02.2024"], "Jonas Kessler, Melek Aydın"),
        (["Weitere Artikel", "Filialen im Wandel"], "Jonas Kessler, Melek Aydın"),
        (["Lena Roth", "Kommentare"], "Jonas Kessler, Melek Aydın, Lena Roth"),
    ],
)
def test_a_label_after_the_names_ends_them(after: list[str], expected: str) -> None:
    nodes = ["Autor*innen", "Jonas Kessler", "Melek Aydın", *after]
    assert text_bylines([(text, False) for text in nodes]) == [expected]


@pytest.mark.parametrize(
    "home",
    ["Historisches Institut, Universität Rudolstadt", "Jade Hochschule", "Evangelische Akademie"],
)
def test_an_academic_home_after_the_name_is_no_writer(home: str) -> None:
    cards = f"<p class='byline'>Von Johanna Lüdeking, {home}</p>"
    assert authors(cards, None) == ["Johanna Lüdeking"]
