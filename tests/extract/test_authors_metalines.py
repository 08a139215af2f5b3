"""A post's meta line split over elements: the date in an element of its own and the writer
after a separator in the next text node ("<time>26.11.2019</time> · Malte Siebels";
`DATE_ALONE`, `SEPARATED_NODE`; kind read in half BB, issue 11), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.zahlungsblog.example/posts/lastschrift-im-wandel"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben mehrere Banken ihre Gebühren für Lastschriften geändert, "
    "während die Händler auf schnellere Überweisungen in der App setzen.</p>"
    for n in range(1, 5)
)


def authors(meta: str) -> list[str]:
    html = page_with(
        "<a id='logo' href='/'>Zahlungsblog</a><a>Blog</a><a>Über mich</a>"
        f"<h1>Lastschrift im Wandel</h1><p class='meta'>{meta}</p>{TEXT}"
        "<a class='next'>Nächster Beitrag →</a>",
        "<title>Lastschrift im Wandel</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("<time>26.11.2019</time> · Helga Vormbrock", ["Helga Vormbrock"]),
        ("<span class='date'>3. Mai 2021</span> | Jonas Ahlborn", ["Jonas Ahlborn"]),
        ("<time datetime='2020-02-04'>04.02.2020</time> – Ines Kampe", ["Ines Kampe"]),
        # the same line in one text node was read before
        ("26.11.2019 · Helga Vormbrock", ["Helga Vormbrock"]),
        # a date and a rubric after the separator: no name
        ("<time>26.11.2019</time> · Zahlungsverkehr", []),
        # no separator: the next node is not the date's byline
        ("<time>26.11.2019</time> <span>Helga Vormbrock</span>", []),
    ],
)
def test_a_name_after_a_date_element_and_a_separator(meta: str, expected: list[str]) -> None:
    assert authors(meta) == expected
