"""The signers under a decision's or a statement's place and day line ("Kassel, den 14.
November 2023" / "Prof. Dr. Reinhild Aschenbrenner" / "Ombudsfrau"): each name over its role
signs the text, with the titles the page shows, where nobody or only an institution is
credited (``SIGNED_PLACE_DAY``). A place and day line with no name under it names nobody.
Issue 11, session 59: 3 read judges' authors up (de_full437, de_full443, de_full364), none
down, dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.ombudsstelle-zahlungsdienste.example/schlichtung/2023-0417"


def authors(closing: str) -> list[str]:
    """The authors of a decision page closing with ``closing``."""
    article = (
        "<h1>Schlichtungsspruch: Gebühr für Ersatzkarte</h1>"
        f"{paragraphs('die Bank die Gebühr erstatten muss', 4)}{closing}"
    )
    return extracted(article, URL)["authors"]


@pytest.mark.parametrize(
    ("place", "name", "role"),
    [
        ("Kassel, den 14. November 2023", "Prof. Dr. Reinhild Aschenbrenner", "Ombudsfrau"),
        ("Taunusbrück, 14.03.2023", "Dr. Reinhard Voß", "Ombudsmann"),
        ("Bad Hersfeld, am 2. Mai 2024", "Jonas Wettstein", "Schlichter"),
    ],
)
def test_the_names_under_the_place_and_day_sign(place: str, name: str, role: str) -> None:
    closing = f"<p>{place}</p><p>{name}<br>{role}</p>"
    assert authors(closing) == [name]


def test_a_place_and_day_line_alone_names_nobody() -> None:
    assert authors("<p>Kassel, den 14. November 2023</p>") == []
