"""Bylines of German blogs and small sites, third round (issue 11, half F's kinds): each
rule on a small invented page, the case it reads and the cases it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://notizen.example/2026/05/03/kartenzahlung/"
TEXT = "".join(
    f"<p>Die Raiffeisenbank Odertal erklärt im {n}. Absatz, warum Kartenzahlung im Hofladen "
    "jetzt auch ohne Mindestbetrag geht und was Kundinnen davon haben sollen.</p>"
    for n in range(1, 6)
)


def page(meta_line: str, end: str = "", head: str = "", after: str = "") -> bytes:
    return page_with(
        "<article><h1>Kartenzahlung im Hofladen</h1>"
        f"<div class='post-meta'>{meta_line}</div><div class='post-text'>{TEXT}"
        f"{end}</div></article>{after}",
        f"<title>Kartenzahlung im Hofladen</title>{head}",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "end", "expected"),
    [
        # a login joining the initial (or the first name) to the surname takes the full name
        # the page shows: an author card, a bio line, a profile
        (
            "kwoehler",
            "<div class='card'><h3>Karin Wöhler</h3><p>Bloggt.</p></div>",
            ["Karin Wöhler"],
        ),
        ("kwohler", "<div class='card'><h3>Karin Wöhler</h3></div>", ["Karin Wöhler"]),
        ("@pseidl", "<p class='bio'>Ich bin Paul Seidl, Landwirt.</p>", ["Paul Seidl"]),
        ("paulseidl", "<p class='bio'>Ich bin Paul Seidl, Landwirt.</p>", ["Paul Seidl"]),
        ("tberglindner", "<p>Mehr von Tina Berg-Lindner</p>", ["Tina Berg-Lindner"]),
        # no shown name spells the login: it stays
        ("kwoehler", "<p class='bio'>Karl Brandt schreibt hier.</p>", ["kwoehler"]),
        # a photographer's credit is no owner of the login
        ("flerch", "<figcaption>Foto: Fritz Lerch</figcaption>", ["flerch"]),
    ],
)
def test_login_takes_the_shown_full_name(byline: str, end: str, expected: list[str]) -> None:
    html = page(f"<span class='author-name'>{byline}</span> · 3. Mai 2026", end)
    assert authors(html) == expected


MICRODATA = (
    "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
    "<span itemprop='name'>{}</span></span>"
)


@pytest.mark.parametrize(
    ("meta_line", "after", "expected"),
    [
        # two names in byline markup of one kind: siblings, or names in sibling wrappers
        (
            "<span class='author-name'>Timo Lasker</span> und "
            "<span class='author-name'>Ana Costa</span> · 3. Mai 2026",
            "",
            ["Timo Lasker", "Ana Costa"],
        ),
        (
            f"{MICRODATA.format('Timo Lasker')} und {MICRODATA.format('Ana Costa')}",
            "",
            ["Timo Lasker", "Ana Costa"],
        ),
        # another post's byline elsewhere on the page is no co-author
        (
            "<span class='author-name'>Timo Lasker</span> · 3. Mai 2026",
            "<aside><ul><li><a>Andere Meldung</a> <span class='author-name'>Eva Roth</span>"
            "</li></ul></aside>",
            ["Timo Lasker"],
        ),
    ],
)
def test_co_authors_in_byline_markup(meta_line: str, after: str, expected: list[str]) -> None:
    assert authors(page(meta_line, after=after)) == expected


@pytest.mark.parametrize(
    ("meta_line", "expected"),
    [
        # a trainee's, student's or lawyer's role after the names is no author
        (
            "Ein Beitrag von Lea Kurz und Tom Eich, Auszubildende im zweiten Jahr",
            ["Lea Kurz", "Tom Eich"],
        ),
        ("Von Lea Kurz, Rechtsanwältin · 3. Mai 2026", ["Lea Kurz"]),
        ("Von Tom Eich, Werkstudent im Marketing · 3. Mai 2026", ["Tom Eich"]),
        # a second person after the comma stays
        ("Von Lea Kurz, Tom Eich · 3. Mai 2026", ["Lea Kurz", "Tom Eich"]),
    ],
)
def test_trainee_and_lawyer_roles_after_names(meta_line: str, expected: list[str]) -> None:
    assert authors(page(meta_line)) == expected
