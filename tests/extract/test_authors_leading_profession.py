"""A profession before the name, dropped like a role ("Apothekerin Katharina Seebeck",
"Eure Literatin Monika Kürten", "Diplom-Kaufmann A", "Fachärztin A"; data.LEADING_ROLE_ENDINGS
and LEADING_ROLE_COMPOUND_ENDINGS, issue 11, ra35/ra36; a worker's or keeper's compound,
"Sozialarbeiterin A", "Nachtwächter B", and an English public office with its field,
"Attorney General A", "Banking Commissioner B": LEADING_WORK_ENDINGS, LEADING_OFFICE_WORDS,
session 62): on small invented pages, the cases it reads and the names it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors
from newsarchive.extract.roles import leading_role, without_leading_roles

URL = "https://gesundheitsforum-lindau.example/ratgeber/hausapotheke/"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt geht es darum, welche Mittel in eine gute Hausapotheke gehören "
    "und wie man abgelaufene Packungen richtig entsorgt, ohne die Umwelt zu belasten.</p>"
    for n in range(1, 5)
)


def authors(meta_line: str, end: str = "") -> list[str]:
    """The authors of an invented advice page with ``meta_line`` under its headline."""
    html = page_with(
        "<article><h1>Was in die Hausapotheke gehört</h1>"
        f"<div class='meta'>{meta_line}</div><div class='text'>{TEXT}{end}</div></article>",
        "<title>Was in die Hausapotheke gehört</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("meta_line", "end", "expected"),
    [
        # a profession before the name in the byline
        ("Von Apothekerin Katharina Seebeck · 12.05.2025", "", ["Katharina Seebeck"]),
        ("Von Fachärztin Dorothee Quandt · 12.05.2025", "", ["Dorothee Quandt"]),
        ("Von Diplom-Kaufmann Arne Wittkamp · 12.05.2025", "", ["Arne Wittkamp"]),
        # a parish's clergy (session 32, de_full95)
        ("Von Pfarrerin Dorothee Albers · 12.05.2025", "", ["Dorothee Albers"]),
        ("Von Pastor Jan Wittkamp · 12.05.2025", "", ["Jan Wittkamp"]),
        # a worker's compound (session 62, de_full571)
        ("Ein Ratgeber von Sozialarbeiterin Ramona Glück", "", ["Ramona Glück"]),
        # in a closing signature
        ("12.05.2025", "<p>Eure Literatin Monika Kürten</p>", ["Monika Kürten"]),
        # guards: a surname that is the word itself stays, two words stay
        ("Von Jonas Kaufmann · 12.05.2025", "", ["Jonas Kaufmann"]),
        ("Von Katharina Seebeck · 12.05.2025", "", ["Katharina Seebeck"]),
    ],
)
def test_leading_profession(meta_line: str, end: str, expected: list[str]) -> None:
    assert authors(meta_line, end) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bankkauffrau Lena Hartig", "Lena Hartig"),
        ("Wirtschaftsingenieurin Pia Nolte", "Pia Nolte"),
        ("Volljurist Tom Brandes", "Tom Brandes"),
        ("Nachtwächter Friedhelm Starke", "Friedhelm Starke"),
        ("Attorney General Helen Marsh-Ortiz", "Helen Marsh-Ortiz"),
        ("Securities Secretary Darnell Whitcombe", "Darnell Whitcombe"),
        ("Banking Commissioner Daniel Okafor", "Daniel Okafor"),
        # the word alone is a surname; two words stay whatever the first
        ("Kaufmann Arne Wittkamp", "Kaufmann Arne Wittkamp"),
        ("Apotheker Seebeck", "Apotheker Seebeck"),
        ("Jan General Weber", "Jan General Weber"),
    ],
)
def test_without_leading_profession(name: str, expected: str) -> None:
    assert without_leading_roles(name) == expected


def test_leading_profession_words() -> None:
    assert leading_role("Apothekerin")
    assert leading_role("Fachärztin")
    assert leading_role("Pfarrerin")
    assert not leading_role("Kaufmann")
    assert not leading_role("Arzt")


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Banking and Securities Secretary Darnell Whitcombe", "Darnell Whitcombe"),
        ("Banking Commissioner Daniel Okafor", "Daniel Okafor"),
    ],
)
def test_an_officials_op_ed_credits_each_official_without_the_office(
    office: str, expected: str
) -> None:
    html = page_with(
        "<main><article><h1>Banks must unfreeze accounts</h1><p class='article-byline'>By"
        f" Attorney General Helen Marsh-Ortiz and {office}</p>{TEXT}</article></main>"
    )
    found = extract(html, "https://www.ag-muster.example/news/unfreeze", fetched_at=FETCHED)
    assert found["authors"] == ["Helen Marsh-Ortiz", expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a second writer led by a role word (session 62, read on de_full289 and de_full546)
        ("Von Rechtsanwalt Markus Beispiel und Rechtsanwältin Dilara Muster",
         ["Markus Beispiel", "Dilara Muster"]),
        ("Autoren: Rechtsanwalt Markus Beispiel, Fachanwalt für Bank- und Kapitalmarktrecht,"
         " und Rechtsanwältin Dr. Dilara Muster", ["Markus Beispiel", "Dr. Dilara Muster"]),
        # a role after the name stays a role
        ("Von Anna Beispiel, Redakteurin Wirtschaft", ["Anna Beispiel"]),
        ("Von Anna Beispiel, Pressesprecherin der Sparkasse Musterstadt", ["Anna Beispiel"]),
    ],
)  # fmt: skip
def test_a_second_writer_led_by_a_role_word(line: str, expected: list[str]) -> None:
    assert split_authors([line])[0] == expected
