"""An interview whose metadata names the person interviewed as its author: where the
headline names that person and the text's credit sentence names who asked ("Die Fragen
stellte B."), the asker is the writer (:mod:`~newsarchive.extract.interviewer`; kind read
on blind de_full104, session 34, issue 11). Small invented pages; an author the headline
does not name stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.fintech-radar.example/interviews/2026/lumo-chefin/"


def authors(headline: str, credit: str, byline: str = "") -> list[str]:
    """The authors of an invented interview page with ``credit`` closing its text."""
    html = article_page(
        head=f"<title>{headline}</title><meta name='author' content='Tessa Vahrenholt'>",
        top=f"<h1>{headline}</h1>{byline}",
        tail=credit,
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "credit",
    [
        "<p><em>Die Fragen stellte <a href='/autoren/mara-lindholm/'>Mara Lindholm</a>.</em></p>",
        "<p>Das Gespräch führte Mara Lindholm.</p>",
    ],
)
def test_the_asker_wrote_the_interview(credit: str) -> None:
    headline = "Lumo-Chefin Tessa Vahrenholt: „Die Banklizenz war die beste Entscheidung“"
    assert authors(headline, credit) == ["Mara Lindholm"]


@pytest.mark.parametrize(
    ("headline", "credit", "byline"),
    [
        # the metadata's author, shown in a byline, is not the one the headline names: she
        # wrote the piece (the credit sentence is a quoted interview's)
        (
            "Neobanken: „Die Banklizenz war die beste Entscheidung“",
            "<p>Das Gespräch führte Mara Lindholm.</p>",
            "<p class='byline'>Von Tessa Vahrenholt</p>",
        ),
        # no credit sentence: the metadata's author stays
        ("Lumo-Chefin Tessa Vahrenholt: „Die Banklizenz war die beste Entscheidung“", "", ""),
    ],
)
def test_the_metadata_author_stays(headline: str, credit: str, byline: str) -> None:
    assert authors(headline, credit, byline) == ["Tessa Vahrenholt"]
