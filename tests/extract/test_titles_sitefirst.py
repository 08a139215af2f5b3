"""A title opened by the site's whole name whose other segment names the site inside the
headline ("Kornfeld Versicherungsmakler :: Kornfeld Versicherungsmakler berät jetzt
online"; issue 11, :mod:`~newsarchive.extract.sitefirst`), on small invented pages, and the
rule alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.sitefirst import named_first
from newsarchive.extract.title import clean_title

URL = "http://www.kornfeld-versicherungsmakler.example/modules.php?name=News&sid=12"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt das Büro, wie Kundinnen und Kunden ihre Verträge jetzt über "
    "das Formular auf der Website prüfen lassen können.</p>"
    for n in range(1, 4)
)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Kornfeld Versicherungsmakler :: Kornfeld Versicherungsmakler berät jetzt online",
            "Kornfeld Versicherungsmakler berät jetzt online",
        ),
        (
            "Kornfeld-Versicherungsmakler - Neue Sprechzeiten bei Kornfeld Versicherungsmakler",
            "Neue Sprechzeiten bei Kornfeld Versicherungsmakler",
        ),
    ],
)
def test_the_segment_after_the_sites_name_is_the_headline(title: str, headline: str) -> None:
    assert clean_title(title, URL, None) == headline


def test_a_postnuke_page_keeps_its_headline() -> None:
    title = "Kornfeld Versicherungsmakler :: Kornfeld Versicherungsmakler berät jetzt online"
    body = (
        "<table><tr><td class='pn-title'>Who's Online</td></tr><tr><td>3 Gäste</td></tr>"
        "</table><table><tr><td class='pn-title'><b>Kornfeld Versicherungsmakler berät jetzt "
        f"online</b></td></tr><tr><td>{TEXT}</td></tr></table>"
    )
    page = page_with(body, f"<title>{title}</title>")
    got = extract(page, URL, fetched_at=FETCHED)["title"]
    assert got == "Kornfeld Versicherungsmakler berät jetzt online"


@pytest.mark.parametrize(
    "parts",
    [
        # the headline does not hold the site's name: the old cuts decide
        ["Kornfeld Versicherungsmakler", "Neue Sprechzeiten ab Mai"],
        # the site's name twice ("Name :: Name"): nothing to keep
        ["Kornfeld Versicherungsmakler", "Kornfeld Versicherungsmakler"],
        # the first segment is no key of the site
        ["Neue Sprechzeiten", "Neue Sprechzeiten bei Kornfeld Versicherungsmakler"],
        # three segments
        ["Kornfeld Versicherungsmakler", "News", "Kornfeld Versicherungsmakler berät"],
    ],
)
def test_no_headline_after_the_name(parts: list[str]) -> None:
    keys = {"kornfeldversicherungsmakler", "kornfeld"}
    assert not named_first(parts, keys)


def test_a_headline_then_the_sites_name_is_cut_as_before() -> None:
    title = "Kornfeld Versicherungsmakler berät jetzt online | Kornfeld Versicherungsmakler"
    assert clean_title(title, URL, None) == "Kornfeld Versicherungsmakler berät jetzt online"
