"""A report's credit line in the forms the closing credit leaves (an office's label, the text
joined to another craft, the writer's office after the name, other credits after a full
stop) under a webmaster's login or no byline
(:func:`~newsarchive.extract.creditlabels.labelled_credit`; kinds read in ao, bf, bg, bh, by,
bz, issue 11), a titled writer's with an affiliation or a sentence after the name (session
55: 4 read judges' pages up, chronicles among them); an office after the name that names
the press or the club ("Pressereferentin") and a label in an element of its own
("<b>Berichterstatter:</b> A") since session 60 (3 read judges' pages up, 0 down). Small
invented pages; a byline, a group, a photographer alone and a first name alone are left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kleingartenverein.example/berichte/sommerfest/"
TEXT = "".join(
    f"<p>Am {n}. Stand des Sommerfests gab es Kuchen, Kaffee und eine Tombola; der Erlös "
    "geht an die Jugendgruppe, die im Herbst neue Beete am Vereinsheim anlegen will.</p>"
    for n in range(2, 7)
)


def authors(end: str, meta: str = "Eingestellt von admin am 14.07.2025") -> list[str]:
    """The authors of an invented club report closed by ``end``."""
    html = page_with(
        f"<article><h2>Sommerfest am Vereinsheim</h2><p class='meta'>{meta}</p>"
        f"<div class='text'>{TEXT}</div>{end}"
        "<p>Das nächste Treffen ist am ersten Samstag im August.</p></article>",
        "<title>Sommerfest am Vereinsheim - Kleingartenverein</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Berichterstatter: Holger Brandtner</p>", ["Holger Brandtner"]),
        ("<p>Pressewartin: Sabine Kühnert</p>", ["Sabine Kühnert"]),
        ("<p>Fotos und Text: Ilka Marwede</p>", ["Ilka Marwede"]),
        ("<p>Foto/Text: Ilka Marwede</p>", ["Ilka Marwede"]),  # (the crafts slashed)
        ("<p>Bericht: Tim Lorenz, Kassenwart</p>", ["Tim Lorenz"]),
        # an office naming the press or the club after the name (session 60)
        ("<p>Bericht: Gudrun Seybold, Pressereferentin</p>", ["Gudrun Seybold"]),
        ("<p>Bericht: Gudrun Seybold, Vereinsvorsitzende</p>", ["Gudrun Seybold"]),
        # the label in an element of its own (session 60)
        ("<p><b>Berichterstatter:</b> Holger Brandtner</p>", ["Holger Brandtner"]),
        ("<p><strong>Pressewartin:</strong> Sabine Kühnert</p>", ["Sabine Kühnert"]),
        ("<p>Redaktion: Ute Behrmann. Gestaltung: Studio Marschblau.</p>", ["Ute Behrmann"]),
        # a titled writer, an affiliation or a sentence after the name (session 55)
        (
            "<p>Text: Dr. Ewald Beispiel, Kreisarchiv Musterstadt. Wir danken dem Verein.</p>",
            ["Dr. Ewald Beispiel"],
        ),
        (
            "<p>Text: Prof. Dr. Konrad Beispiel. Der Autor lehrte bis 2019 Geschichte.</p>",
            ["Prof. Dr. Konrad Beispiel"],
        ),
    ],
)
def test_labelled_credit(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


@pytest.mark.parametrize(
    ("end", "meta", "expected"),
    [
        # a byline names the writer
        ("<p>Pressewart: Holger Brandtner</p>", "Von Jana Kortmann, 14.07.2025", ["Jana Kortmann"]),
        # a group, a first name alone, a photographer alone: nobody
        ("<p>Redaktion: Vorstand</p>", "Eingestellt von admin am 14.07.2025", []),
        ("<p>Berichterstatter: Holger</p>", "Eingestellt von admin am 14.07.2025", []),
        ("<p>Fotos: Ilka Marwede</p>", "Eingestellt von admin am 14.07.2025", []),
        ("<p><b>Fotos:</b> Ilka Marwede</p>", "Eingestellt von admin am 14.07.2025", []),
        # the press office itself after the label, no office after a name
        ("<p>Bericht: Pressestelle Musterstadt</p>", "Eingestellt von admin am 14.07.2025", []),
    ],
)
def test_labelled_credit_left_alone(end: str, meta: str, expected: list[str]) -> None:
    assert authors(end, meta) == expected
