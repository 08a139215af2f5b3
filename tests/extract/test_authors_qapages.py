"""A question page's or a podcast episode's JSON-LD (schema.org's ``QAPage``, ``Question``,
``PodcastEpisode``) is the page's own object: its ``author`` is the asker or the hosts
(kind read in de_full25 and de_full20, issue 11), on small invented pages; an organisation
as the author and a type that is no page's work (a ``Product``) credit no person."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://fragen.geldforum.example/frage/1234/dispo-zu-teuer"
TEXT = "".join(
    f"<p>Punkt {n}: Meine Bank verlangt für den Dispokredit inzwischen fast zwölf Prozent "
    "Zinsen, obwohl die Leitzinsen seit Monaten sinken. Ist das noch üblich?</p>"
    for n in range(1, 5)
)


def authors(kind: str, author: object) -> list[str]:
    ld = {"@context": "https://schema.org", "@type": kind, "headline": "Ist mein Dispo zu teuer?"}
    ld["author"] = author
    html = page_with(
        f"<main><h1>Ist mein Dispo zu teuer?</h1>{TEXT}</main>",
        "<title>Ist mein Dispo zu teuer? - Geldforum</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


@pytest.mark.parametrize(
    ("kind", "author", "expected"),
    [
        ("QAPage", [person("Katrin Holtgrewe")], ["Katrin Holtgrewe"]),
        ("Question", person("Katrin Holtgrewe"), ["Katrin Holtgrewe"]),
        (
            "PodcastEpisode",
            [person("Paula Eickenberg"), person("Moritz Hagedorn")],
            ["Paula Eickenberg", "Moritz Hagedorn"],
        ),
        # a type that is no page's work: its author is not read
        ("Product", person("Katrin Holtgrewe"), []),
    ],
)
def test_question_and_episode_authors(kind: str, author: object, expected: list[str]) -> None:
    assert authors(kind, author) == expected
