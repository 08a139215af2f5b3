"""Credits of blogs and small sites, H's kinds (issue 11): each rule on a small invented
page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://verein.example/news/2026/trikotsponsor/"
TEXT = "".join(
    f"<p>Die Sparkasse Talbach unterstützt im {n}. Jahr die Jugendabteilung des Vereins und "
    "zahlt dafür neue Trikots, Bälle und die Fahrten zu den Turnieren.</p>"
    for n in range(1, 6)
)


def page(meta_line: str, end: str = "", head: str = "", first: str = "", after: str = "") -> bytes:
    return page_with(
        "<article><h1>Die Sparkasse bleibt Trikotsponsor</h1>"
        f"<div class='news-meta'>{meta_line}</div><div class='news-text'>{first}{TEXT}"
        f"{end}</div></article>{after}",
        f"<title>Die Sparkasse bleibt Trikotsponsor</title>{head}",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


GUEST = "<p>Heute schreibt hier Gastautorin Nina Keller, selbst Mutter von zwei Kindern.</p>"


@pytest.mark.parametrize(
    ("meta_line", "first", "end", "expected"),
    [
        # a guest author named where the post opens is the only author, not the owner
        (
            "von <a rel='author' href='/author/sabine/'>Sabine Kröger</a>",
            GUEST,
            "",
            ["Nina Keller"],
        ),
        (
            "Von Marco Bellini",
            "<p>Dieser Text ist ein Gastbeitrag von Okan Demirel, Verbraucherberater.</p>",
            "",
            ["Okan Demirel"],
        ),
        ("26.09.2021", GUEST, "", ["Nina Keller"]),
        # a guest named later in the post, or no name after the word, leaves the byline
        ("Von Marco Bellini", "", GUEST, ["Marco Bellini"]),
        (
            "Von Marco Bellini",
            "<p>Gastautorinnen und Gastautoren sind bei uns willkommen.</p>",
            "",
            ["Marco Bellini"],
        ),
        ("Von Marco Bellini", "<p>Ein Gastbeitrag von Team Vorsorge.</p>", "", ["Marco Bellini"]),
        # the guest's relation to the site before the name (session 31)
        (
            "Von Marco Bellini",
            "<p>Ein Gastbeitrag von unserer Nachbarin Sabine Muster, die hilft.</p>",
            "",
            ["Sabine Muster"],
        ),
        # the owner's own relation, and the owner standing aside for the guest (session 43)
        (
            "Eingestellt von Lena Bruns",
            "<p><i>Heute gibt es einen Gastbeitrag von meinem Bruder Paul Bruns. Los!</i></p>",
            "",
            ["Paul Bruns"],
        ),
        (
            "Eingestellt von Lena Bruns",
            "<p><i>Heute schreibt hier mal nicht Lena, sondern ihr Bruder Paul Bruns, der "
            "bei einer Bank arbeitet.</i></p>",
            "",
            ["Paul Bruns"],
        ),
    ],
)
def test_guest_opening(meta_line: str, first: str, end: str, expected: list[str]) -> None:
    assert authors(page(meta_line, first=first, end=end)) == expected


@pytest.mark.parametrize(
    ("meta_line", "expected"),
    [
        # an author label alone in a cell, its name in the next one
        (
            "<dl><dt>Autorin</dt><dd>Katrin Albers</dd><dt>Datum</dt><dd>3.5.2026</dd></dl>",
            ["Katrin Albers"],
        ),
        ("<table><tr><th>Text</th><td>Jonas Pauly</td></tr></table>", ["Jonas Pauly"]),
        ("<table><tr><th>Autor*in</th><td>Kim Berger</td></tr></table>", ["Kim Berger"]),
        # other labels, or a label before a word that is no name, credit nobody
        ("<dl><dt>Kategorie</dt><dd>Vereinsleben</dd></dl>", []),
        ("<dl><dt>Text</dt><dd>siehe unten</dd></dl>", []),
    ],
)
def test_label_cell(meta_line: str, expected: list[str]) -> None:
    assert authors(page(meta_line)) == expected


@pytest.mark.parametrize(
    ("meta_line", "expected"),
    [
        # byline markup made of parts: names in list items, a name and its role in child
        # elements or on <br> lines, read as separate parts
        (
            "<ul class='author-list'><li>Philipp Ahrens</li><li>Ines Wachowiak</li></ul>",
            ["Philipp Ahrens", "Ines Wachowiak"],
        ),
        (
            "<div class='author-panel'><strong>Friederike Reimers</strong>"
            "<span>Leiterin Kommunikation</span></div>",
            ["Friederike Reimers"],
        ),
        ("<address class='author'>Jan Berg<br>Pressesprecher</address>", ["Jan Berg"]),
        # one name, or a name in a link with text around it, stays as it is
        ("<span class='author'><a href='/a/eva'>Eva Sorge</a></span>", ["Eva Sorge"]),
        ("<span class='author'>Von <a href='/a/eva'>Eva Sorge</a></span>", ["Eva Sorge"]),
    ],
)
def test_byline_parts(meta_line: str, expected: list[str]) -> None:
    assert authors(page(meta_line)) == expected


ABOUT = (
    "<aside class='widget'><h2>Über mich</h2><p>Ich bin Sabine Kaiser, Vereinsmitglied.</p></aside>"
)


@pytest.mark.parametrize(
    ("end", "after", "expected"),
    [
        # a first-name signature takes the one surname the page gives that first name
        ("<p>Liebe Grüße,<br>Sabine</p>", ABOUT, ["Sabine Kaiser"]),
        ("<p>— Sabine</p>", ABOUT, ["Sabine Kaiser"]),
        # without a full name shown, a greeting's first name stays and a dash's is nothing
        ("<p>Liebe Grüße,<br>Sabine</p>", "", ["Sabine"]),
        ("<p>— Sabine</p>", "", []),
        # two surnames for the first name: no guess
        (
            "<p>Liebe Grüße,<br>Sabine</p>",
            ABOUT + "<p>Sabine Lorenz hat die Fotos gemacht.</p>",
            ["Sabine"],
        ),
        # a photographer's name is not the signer's
        ("<p>— Sabine</p>", "<p>Foto: Sabine Kaiser</p>", []),
    ],
)
def test_first_name_signature(end: str, after: str, expected: list[str]) -> None:
    assert authors(page("26.09.2021", end=end, after=after)) == expected
