"""A byline that links its first writer only, the joiner and the second writer in one text
node after the link ("Text:" <a>A</a> "und B"; ``data.BYLINE_JOINED_NAME``; issue 11,
session 42), under metadata naming the first writer alone; small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, graph, page_with

from newsarchive.extract import extract

URL = "https://www.wirtschaft-auental.example/fintechs-jagen-den-volksbanken-die-kunden-ab/"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt das Magazin, wie Kreditplattformen um den Mittelstand der "
    "Region werben und was die Banken dagegen tun.</p>"
    for n in range(1, 6)
)


def authors(line: str) -> list[str]:
    head = "<title>Fintechs jagen den Volksbanken die Kunden ab</title>" + graph(
        {"@type": "Article", "author": {"@type": "Person", "name": "Annika Wöstmann"}}
    )
    body = (
        "<main><article><h1>Fintechs jagen den Volksbanken die Kunden ab</h1><div class="
        f"'article-byline-meta'><h4 class='author-name'>{line}</h4><time>28. Nov. 2026</time>"
        f"</div>{TEXT}</article></main>"
    )
    return list(extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize("joiner", ["und", "&amp;", "sowie"])
def test_the_second_writer_after_the_link(joiner: str) -> None:
    line = f"Text: <a href='/author/annika/'>Annika Wöstmann</a> {joiner} Dirk Holtkamp"
    assert authors(line) == ["Annika Wöstmann", "Dirk Holtkamp"]


def test_a_lower_case_phrase_after_the_link_is_no_writer() -> None:
    line = "Text: <a href='/author/annika/'>Annika Wöstmann</a> und ihr Team"
    assert authors(line) == ["Annika Wöstmann"]
