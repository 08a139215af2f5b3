"""A byline text whose name carries an academic title ("Von Dr. Anna Roth", "Von Prof. Dr.
Jan Berg, Hochschule Beispielstadt") names its writer, the title kept with the name; where
the metadata credits only the site itself, the shown byline wins."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kartenwelt.example/blog/debitkarten-im-vergleich"
TEXT = "".join(
    f"<p>Im {n}. Absatz vergleichen wir, was die Karten kosten, wo sie angenommen werden "
    "und wie schnell eine gesperrte Karte ersetzt wird.</p>"
    for n in range(1, 5)
)
#: the site credited as author in JSON-LD, as many blog themes do
SITE_AUTHOR = (
    '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "headline": '
    '"Debitkarten im Vergleich", "author": {"@type": "Organization", "name": "Kartenwelt"}}'
    "</script>"
)


def authors(line: str, head: str = "") -> list[str]:
    body = (
        "<header><a class='logo' href='/'>Kartenwelt</a></header>"
        f"<main><article><h1>Debitkarten im Vergleich</h1><div class='meta'>{line}"
        f"<span>·</span><time datetime='2024-05-02'>2. Mai 2024</time></div>{TEXT}"
        "</article></main>"
    )
    return extract(page_with(body, head=head), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<span>Von Dr. Anna Beispiel</span>", ["Dr. Anna Beispiel"]),
        ("<span>Von Prof. Dr. Jan Muster-Probe</span>", ["Prof. Dr. Jan Muster-Probe"]),
        ("<span>Von Dr. med. Ute Exempel</span>", ["Dr. med. Ute Exempel"]),
        ("<span>Von Anna Beispiel</span>", ["Anna Beispiel"]),
    ],
)
def test_titled_byline(line: str, expected: list[str]) -> None:
    assert authors(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<span>Von Dr. Anna Beispiel</span>", ["Dr. Anna Beispiel"]),
        # a title alone, no name after it: the site stays the only one credited
        ("<span>Von Dr. med.</span>", ["Kartenwelt"]),
    ],
)
def test_titled_byline_over_site_author(line: str, expected: list[str]) -> None:
    assert authors(line, SITE_AUTHOR) == expected
