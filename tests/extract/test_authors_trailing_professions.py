"""A writer's profession after the name and a comma is no second writer: a master
craftsman's or an engineer's compound ("Hörakustikmeisterin", "Installateur- und
Heizungsbauermeister"), an architect ("Architekt BDA") and a qualification with its mark
("CFP®"; session 65, read on de_full653, de_full679, de_full680 and de_full681, issue 11).
A surname ending like a master's title stays a name. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.hoerstudio-beispiel.example/aktuelles/detail/hoergeraete-finanzieren"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Anke Wiesner, Hörakustikmeisterin", ["Anke Wiesner"]),
        (
            "Martin Ostwald, Installateur- und Heizungsbauermeister, und Leonie Brandt, "
            "Energieberaterin",
            ["Martin Ostwald", "Leonie Brandt"],
        ),
        ("Dipl.-Ing. Konrad Wiesinger, Architekt BDA", ["Dipl.-Ing. Konrad Wiesinger"]),
        ("Dr. Katrin Lindqvist, CFP®", ["Dr. Katrin Lindqvist"]),
        # a surname ending in "-meister" is a second writer's
        ("Anke Wiesner und Lena Hoffmeister", ["Anke Wiesner", "Lena Hoffmeister"]),
    ],
)
def test_profession_after_the_name(names: str, expected: list[str]) -> None:
    byline = (
        "<span class='news-list-author' itemprop='author' itemscope "
        f"itemtype='http://schema.org/Person'>von <span itemprop='name'>{names}</span></span>"
    )
    html = article_page(top=f"<h1>Hörgeräte ohne Zinsen finanzieren</h1>{byline}")
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
