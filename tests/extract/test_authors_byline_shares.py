"""A byline's later parts: the agencies' share after a comma ("Von A und B, mit dpa", "Von A,
mit Material von dpa"), a label before each name of a list (a theme's screen-reader "Autor"
before every co-author's link), and a source line crediting a desk with the agencies'
material ("Quelle: Nachrichtenredaktion, mit Material von dpa"): the names and the agencies,
not the share read as a name or the line given up (issue 11, read on de_full141 and
de_full143). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

from newsarchive.extract.names import split_authors

URL = "https://www.kreisbote-beispiel.example/wirtschaft/lahnpay-12345.html"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Von Katharina Weber und Ole Brandt, mit dpa",
            (["Katharina Weber", "Ole Brandt"], ["dpa"]),
        ),
        ("Von Anna Roth, mit Reuters", (["Anna Roth"], ["Reuters"])),
        ("Von Anna Roth, mit Jan Ohm", (["Anna Roth", "Jan Ohm"], [])),
        ("Nina Hoffmann, Autor Timo Berg", (["Nina Hoffmann", "Timo Berg"], [])),
        ("Autorin: Nina Hoffmann, Autor: Timo Berg", (["Nina Hoffmann", "Timo Berg"], [])),
        # guards: a label alone after a name is her role, no one else
        ("Nina Hoffmann, Autorin", (["Nina Hoffmann"], [])),
        (
            "Quelle: Weserland-Nachrichtenredaktion, mit Material von dpa",
            ([], ["dpa"]),
        ),
        ("Quelle: Redaktion mit Material von dpa und Reuters", ([], ["dpa", "Reuters"])),
        ("Quelle: Welt Online", ([], [])),
    ],
)
def test_split_byline_shares(byline: str, expected: tuple[list[str], list[str]]) -> None:
    assert split_authors([byline]) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the agencies' material after the names: a byline text, its agencies credited
        (
            "<p class='autorzeile'>Von Jan Stöckl und Dr. Ayşe Demir, mit Material von dpa</p>",
            ["Jan Stöckl", "Dr. Ayşe Demir", "dpa"],
        ),
        ("<p>Von Jan Stöckl, mit Material von dpa und AFP</p>", ["Jan Stöckl", "dpa", "AFP"]),
        # the screen-reader label before each co-author's link
        (
            "<span class='byline'><span class='author vcard'><span class='screen-reader-text'>"
            "Autor </span><a class='url fn n' href='/author/nh/'>Nina Hoffmann</a></span> und "
            "<span class='author vcard'><span class='screen-reader-text'>Autor </span>"
            "<a class='url fn n' href='/author/tb/'>Timo Berg</a></span></span>",
            ["Nina Hoffmann", "Timo Berg"],
        ),
    ],
)
def test_bylines_with_shares_under_the_headline(byline: str, expected: list[str]) -> None:
    assert authors_under_headline(byline, URL) == expected
