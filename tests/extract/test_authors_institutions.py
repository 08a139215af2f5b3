"""An institution credited as author keeps its name whole: a word cut short at a hyphen is
completed after "und" ("Deutscher Sparkassen- und Giroverband"), and "und" after a link
word joins the name's last words ("Landesministerium für Finanzen und Heimat", a
real page's metadata; issue 11, session 28), and a firm's "&" or "und" before a
partnership word or a legal form ("Bankhaus Musterer & Söhne AG"; session 29). People stay
apart."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Deutscher Sparkassen- und Giroverband", ["Deutscher Sparkassen- und Giroverband"]),
        (
            "Presse- und Informationsamt der Bundesregierung",
            ["Presse- und Informationsamt der Bundesregierung"],
        ),
        (
            "Landesministerium für Finanzen und Heimat",
            ["Landesministerium für Finanzen und Heimat"],
        ),
        (
            "Bundesverband der Deutschen Volksbanken und Raiffeisenbanken",
            ["Bundesverband der Deutschen Volksbanken und Raiffeisenbanken"],
        ),
        # a firm joined by "&" or "und" with a partnership word or a legal form
        ("Bankhaus Musterer & Söhne AG", ["Bankhaus Musterer & Söhne AG"]),
        ("Roth & Partner Steuerberatung", ["Roth & Partner Steuerberatung"]),
        ("Schmidt & Co. KG", ["Schmidt & Co. KG"]),
        ("Roth und Ott Vermögensberatung GmbH", ["Roth und Ott Vermögensberatung GmbH"]),
        # people: split as before
        ("Anna Roth & Jan Ott", ["Anna Roth", "Jan Ott"]),
        ("Anna Roth und Jan Ott", ["Anna Roth", "Jan Ott"]),
        ("Von Anna Roth und Jan Ott", ["Anna Roth", "Jan Ott"]),
        ("Anna Roth, Leiterin der Presse, und Jan Ott", ["Anna Roth", "Jan Ott"]),
    ],
)
def test_institution_names_stay_whole(byline: str, expected: list[str]) -> None:
    assert split_authors([byline])[0] == expected


def test_institution_in_metadata() -> None:
    head = (
        "<title>Förderung für Wärmepumpen</title>"
        "<meta name='author' content='Landesministerium für Finanzen und Heimat'>"
    )
    body = "<h1>Förderung für Wärmepumpen</h1>" + paragraphs("die Förderung steigt")
    html = page_with(body, head)
    found = extract(html, "https://www.ministerium.example/meldung/waerme", fetched_at=FETCHED)
    assert found["authors"] == ["Landesministerium für Finanzen und Heimat"]
