"""A post head's name alone in its own element, between the headline and the text, with the
post's date in the next nodes ("Ole Brandt" "•" "22.8.2022", a role between): read like
"Name · Datum" (:mod:`~newsarchive.extract.namedate`; kind read in halves DE_FULL29, BP and
BJ, issue 11); a name over a date elsewhere (a list's heading over a teaser) is no byline.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.werkbank-blog.example/posts/release-2-4"
TEXT = "".join(
    f"<p>Mit Version 2.{n} bringt das Werkzeug eine neue Importfunktion für Kontoauszüge, "
    "die auch ältere Formate der Sparkassen und Volksbanken lesen kann.</p>"
    for n in range(1, 5)
)
HEADLINE = "Neu in Release 2.4: der Kontoimport"


def authors(head: str, after: str = "") -> list[str]:
    html = page_with(
        "<div id='top'><a class='brand'>Werkbank Blog</a></div><div id='content'>"
        f"<h1>{HEADLINE}</h1>{head}<div class='post-body'>{TEXT}</div>{after}</div>",
        f"<title>{HEADLINE} | Werkbank Blog</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "<div class='head'><span>Ole Brandt</span><span>•</span><span>22.8.2022</span></div>",
            ["Ole Brandt"],
        ),
        (
            "<div class='head'><div>Finja Rothkamp</div><div>Stammmitglied</div>"
            "<div>29. Juni 2021</div></div>",
            ["Finja Rothkamp"],
        ),
        (
            "<div class='head'><b>Melina Ostwald</b> <i>·</i> <time>May 8, 2023</time></div>",
            ["Melina Ostwald"],
        ),
    ],
)
def test_a_name_under_the_headline_over_the_date_is_the_author(
    head: str, expected: list[str]
) -> None:
    assert authors(head) == expected


@pytest.mark.parametrize(
    ("head", "after"),
    [
        # after the text: a list's heading over a teaser's date
        ("", "<div><h3>Weitere Beiträge</h3><span>12.3.2022</span><a>Kontoimport 2.3</a></div>"),
        # an organisation, no person
        (
            "<div class='head'><span>Sparkasse Hasetal</span><span>•</span>"
            "<span>2.5.2022</span></div>",
            "",
        ),
        # under the headline but no date after it
        ("<div class='head'><span>Ole Brandt</span><span>Entwickler</span></div>", ""),
        # a name over a date, but the text has begun
        (f"{TEXT}<div><span>Ole Brandt</span><span>•</span><span>22.8.2022</span></div>", ""),
    ],
)
def test_a_name_over_a_date_elsewhere_is_no_byline(head: str, after: str) -> None:
    assert authors(head, after) == []


def test_a_name_over_a_labelled_date_is_no_byline() -> None:
    head = (
        "<table><tr><th>Quelle</th><td>Hanse Rundschau</td></tr>"
        "<tr><th>Datum</th><td>09.03.2021</td></tr></table>"
    )
    assert authors(head) == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the date first, the names after a separator (halves DE_FULL2, BB and BS)
        ("<p class='meta'><time>03.11.2026</time> · Heiko Marten</p>", ["Heiko Marten"]),
        (
            "<p><strong>1. März 2022</strong> · Mira Okonjo, Tobias Wendt</p>",
            ["Mira Okonjo", "Tobias Wendt"],
        ),
        # the post's state after the date: no name
        ("<p class='meta'><time>03.11.2026</time> · Öffentlicher Beitrag</p>", []),
    ],
)
def test_a_name_after_the_date_under_the_headline_is_the_author(
    head: str, expected: list[str]
) -> None:
    assert authors(head) == expected
