"""How news publishers credit their writers (issue 11, rules from half M's misses, judged
on half N): each rule on a small invented page, the case it reads and the case it leaves
alone."""

from __future__ import annotations

import pytest
from extract_pages import page_with
from test_authors_newsroom import TEXT, authors, page


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a local paper's staff lead before the name
        ("Von unserem Mitarbeiter Gerd Uhlenbrock", ["Gerd Uhlenbrock"]),
        ("Von unserer Redakteurin Ina Roth", ["Ina Roth"]),
        ("Von unserem Wirtschaftsredakteur Tilo Brandner", ["Tilo Brandner"]),
        (
            "Von unseren Korrespondenten Ute Kallweit und Jonas Ferber",
            ["Ute Kallweit", "Jonas Ferber"],
        ),
        ("Von unserem Mitarbeiter <a href='/autor/gu'>Gerd Uhlenbrock</a>", ["Gerd Uhlenbrock"]),
        ("<span class='byline'>Von unserer Redakteurin Ina Roth</span>", ["Ina Roth"]),
        # "unser" not before a newsroom role credits nobody
        ("Von unserer Seite aus gesehen", []),
    ],
)
def test_staff_leads(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a media role in parentheses after a name: the camera, not the writer
        (
            "<p class='byline'>Florian Gschwandtner (Text), Katharina Pölzl (Video), "
            "tagesblick.example</p>",
            ["Florian Gschwandtner"],
        ),
        ("<p class='byline'>Von Anna Roth (Text) und Jan Keller (Fotos)</p>", ["Anna Roth"]),
        # without a media role both are authors
        ("<p class='byline'>Von Anna Roth und Jan Keller</p>", ["Anna Roth", "Jan Keller"]),
    ],
)
def test_media_roles(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the writer's mark after each linked name
        (
            "Von <a href='/autor/im'>Isabell Mühlhaus</a> (Autor) und "
            "<a href='/autor/tw'>Torben Weidemann</a> (Autor)",
            ["Isabell Mühlhaus", "Torben Weidemann"],
        ),
        ("Von Isabell Mühlhaus (Autorin)", ["Isabell Mühlhaus"]),
        # another parenthesis stays a stop ("(Archiv)" is no writer's mark)
        (
            "Von <a href='/autor/im'>Isabell Mühlhaus</a> (Archiv) und "
            "<a href='/autor/tw'>Torben Weidemann</a>",
            ["Isabell Mühlhaus"],
        ),
    ],
)
def test_author_marks(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a report's credit labels (re-judged from K's round, 19e7ef9)
        ("Bericht: Dennis Lohmöller, Pressesprecher", ["Dennis Lohmöller"]),
        ("Text &amp; Interview: Anna Roth · Fotos: Jan Keller", ["Anna Roth"]),
        ("Text: Anna Roth; Foto: Jan Keller", ["Anna Roth"]),
        # "Bericht" in a sentence is no label
        ("Der Bericht der Aufsicht liegt vor.", []),
    ],
)
def test_report_labels(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


def card_page(card: str, meta_author: str = "Tagesblick") -> bytes:
    return page_with(
        "<main><h1>Newsroom</h1><article><h2>Sparkassen schließen jede zehnte Filiale</h2>"
        f"{TEXT}{card}</article></main>",
        "<title>Sparkassen schließen jede zehnte Filiale | Tagesblick</title>"
        f"<meta name='author' content='{meta_author}'>",
    )


CARD = (
    "<div class='author-card'><img alt='Marlene Osterkamp' src='/team/mo.jpg'>"
    "<p><b>Marlene Osterkamp</b><br>Produktmanagerin Privatkunden</p></div>"
)


def test_portrait_card_over_the_publisher() -> None:
    # a company newsroom credits its publisher in metadata and the writer in a card
    assert authors(card_page(CARD)) == ["Marlene Osterkamp"]
    # a person in the metadata keeps the credit; a card without a portrait credits nobody
    assert authors(card_page(CARD, "Jonas Ferber")) == ["Jonas Ferber"]
    plain = "<div class='author-card'><p><b>Marlene Osterkamp</b><br>Produktmanagerin</p></div>"
    assert authors(card_page(plain)) == ["Tagesblick"]
