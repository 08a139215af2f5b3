"""A byline panel marking the name beside a role or an organisation in other elements (issue
11, the kind read in halves R, K and J): the marked name alone is the author. Small invented
pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.handelswoche.example/banken/tiktok-100.html"
TEXT = "".join(
    f"<p>Die Volksbank Lindtal erklärt im {n}. Absatz, warum sie jetzt kurze Videos dreht und "
    "was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 6)
)


def page(panel: str) -> bytes:
    return page_with(
        f"<article><h1>Warum Banken plötzlich tanzen</h1>{panel}"
        f"<div class='article-body'>{TEXT}</div></article>",
        "<title>Warum Banken plötzlich tanzen</title>",
    )


@pytest.mark.parametrize(
    ("panel", "expected"),
    [
        # a link to the author's page beside a role span, run together without the rule
        (
            "<div class='author'>Eine Analyse von <a href='/autoren/holzheu'>Rupert Holzheu</a>"
            "<span>Chefreporter</span></div>",
            ["Rupert Holzheu"],
        ),
        # hCard: the formatted name beside title and organisation
        (
            "<div class='vcard author'><img alt='' src='/p.jpg'><span class='fn'>Annegret "
            "Vollrath</span><span class='title'>Vorständin</span> <span class='org'>Volksbank "
            "Lindtal eG</span></div>",
            ["Annegret Vollrath"],
        ),
        # a class word ending in "name"
        (
            "<div class='author'><span class='post-author-name'>Ruth Kellermann</span>"
            "<span class='visibility'>Öffentlich</span></div>",
            ["Ruth Kellermann"],
        ),
        # two marked names: the panel is read as before
        (
            "<div class='author'>Von <a href='/autor/a'>Anna Roth</a> und "
            "<a href='/autor/b'>Jan Ulm</a></div>",
            ["Anna Roth", "Jan Ulm"],
        ),
    ],
)
def test_marked_name_alone(panel: str, expected: list[str]) -> None:
    assert extract(page(panel), URL, fetched_at=FETCHED)["authors"] == expected
