"""A writer's full name alone right under the headline ("Maren Beispiel" in its own element,
perhaps after the section) is the byline where nothing else names anyone; not a label's
value, a sentence's object, a person the headline names, nor a name further down (a card
over a role line is the name-card rule's). Issue 11, session 54: 21 read judges' pages up,
none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.beispielblatt.example/wirtschaft/filiale-zieht-um.html"


def authors(headline: str, under: str) -> list[str]:
    """The authors of a page with ``under`` between its headline and its text."""
    page = page_with(
        f"<main><article><h1>{headline}</h1>{under}{paragraphs('die Filiale umzieht', 4)}"
        "</article></main>",
        f"<title>{headline} | Beispielblatt</title>",
    )
    return list(extract(page, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        ("<p>Maren Beispiel</p>", "Maren Beispiel"),
        # after the section's line, in bold
        ("<div><span>Wirtschaft</span></div><div><b>Maren Beispiel</b></div>", "Maren Beispiel"),
        # the title as shown
        ("<p>Dr. Maren Beispiel</p>", "Dr. Maren Beispiel"),
    ],
)
def test_a_name_alone_under_the_headline_is_the_writer(under: str, expected: str) -> None:
    assert authors("Sparkasse zieht ins Rathaus", under) == [expected]


@pytest.mark.parametrize(
    ("headline", "under"),
    [
        # the person the headline names: the story's subject, a caption's
        ("Maren Beispiel: Die Sparkasse zieht ins Rathaus", "<p>Maren Beispiel</p>"),
        # a sentence's object, a label's value
        ("Sparkasse zieht ins Rathaus", "<p>Mit <a href='/m'>Maren Beispiel</a> sprach J. M.</p>"),
        ("Sparkasse zieht ins Rathaus", "<p>Kategorie:</p><p>Maren Beispiel</p>"),
        # a bank's name, not a person's; a name further down, past the head
        ("Sparkasse zieht ins Rathaus", "<p>Sparkasse Beispieltal</p>"),
        (
            "Sparkasse zieht ins Rathaus",
            "<p>Wirtschaft</p><p>Lokales</p><p>Kurz notiert</p><p>Maren Beispiel</p>",
        ),
    ],
)
def test_other_names_under_the_headline_name_nobody(headline: str, under: str) -> None:
    assert authors(headline, under) == []
