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
        (
            "Roth & Ott Steuerberatungsgesellschaft mbH",
            ["Roth & Ott Steuerberatungsgesellschaft mbH"],
        ),
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


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a person's byline the page shows under the firm's metadata credit (session 32)
        ("<p>Ein Beitrag von Steuerberaterin Friederike Roth</p>", ["Friederike Roth"]),
        ("<p>Von Tim Ott</p>", ["Tim Ott"]),
        # no person's byline: the firm stays
        ("<p>Ein Beitrag unserer Kanzlei</p>", ["Roth & Ott Steuerberatungsgesellschaft mbH"]),
    ],
)
def test_a_firm_in_the_metadata_yields_to_a_persons_byline(
    byline: str, expected: list[str]
) -> None:
    head = (
        "<title>Kryptowährungen in der Steuererklärung</title>"
        "<meta name='author' content='Roth &amp; Ott Steuerberatungsgesellschaft mbH'>"
    )
    body = (
        f"<main><h1>Kryptowährungen in der Steuererklärung</h1>{byline}"
        + paragraphs("die Haltefrist zählt")
        + "</main><footer>Roth &amp; Ott Steuerberatungsgesellschaft mbH</footer>"
    )
    html = page_with(body, head)
    found = extract(html, "https://www.roth-ott-stb.example/info.php?id=7", fetched_at=FETCHED)
    assert found["authors"] == expected
