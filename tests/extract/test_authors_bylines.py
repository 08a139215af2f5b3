"""Byline grammar of blogs and small sites (issue 11): each rule on a small invented page,
the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.example/2026/05/03/sparkasse-tanzt/"
TEXT = "".join(
    f"<p>Die Sparkasse Talheim erklärt im {n}. Absatz, warum sie jetzt kurze Videos auf "
    "Instagram zeigt und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 6)
)


def page(meta_line: str, end: str = "", lead: str = "", after: str = "") -> bytes:
    return page_with(
        "<article><h1>Warum die Sparkasse jetzt tanzt</h1>"
        f"<div class='entry-meta'>{meta_line}</div><div class='entry-content'>{lead}{TEXT}"
        f"{end}</div></article>{after}",
        "<title>Warum die Sparkasse jetzt tanzt</title>",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta_line", "expected"),
    [
        # "von" after a date or a year leads a byline
        ("Veröffentlicht am 2. März 2021 von Tobias Reiter", ["Tobias Reiter"]),
        ("Geschrieben am 05.03.20 um 10:14 von Katrin Vogel", ["Katrin Vogel"]),
        ("Juli 15, 2019 von Elke Martens", ["Elke Martens"]),
        ("Seit 2019 von Banken genutzt", []),  # lower case after "von": no name
        # a name after or before a written-out date and a separator
        ("14. Februar 2023 · Lukas Brenner", ["Lukas Brenner"]),
        ("Anna Roth · 14. Februar 2023", ["Anna Roth"]),
        ("Die Redaktion · 17.02.2023", []),  # a team, not a person
        ("14. Februar 2023 · 3 Kommentare", []),
        # a trailing separator is no part of the name
        ("Von Tim Berg · ", ["Tim Berg"]),
        # the post's category after the name ("Posted by A in Savings at …")
        ("Posted by Tim Berg in <a>Savings</a> at 21/02/2006 19:45", ["Tim Berg"]),
        ("Veröffentlicht von Tim Berg in <a>Banken</a> · 3. Mai 2026", ["Tim Berg"]),
        # one noun naming the piece before "von": its writer, a person
        ("Rede von Bernd Ostmann, Präsident des Sparkassenverbands", ["Bernd Ostmann"]),
        ("Eintrag von Marlene Voigt, 12.07.2004 14:22 | 1 Kommentare", ["Marlene Voigt"]),
        ("Neuigkeit von Svenja Ott (Erzieherin) · 13.01.2026", ["Svenja Ott"]),
        ("Fotos von Marlene Voigt", []),  # a picture's credit
        ("Eintrag von Zahlwerk Pay", []),  # an account, no person
    ],
)
def test_meta_line_bylines(meta_line: str, expected: list[str]) -> None:
    assert authors(page(meta_line)) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("<p><em>Ein Gastbeitrag von Nadine Kurz</em></p>", ["Nadine Kurz"]),
        ("<p>Gastautorin: Eva Lang</p>", ["Eva Lang"]),
        # a sentence about guest posts in the text is no byline
        (
            "<p>Gastbeitrag von Banken sind bei uns selten, schreibt uns eine Leserin aus Talheim"
            " in einem langen Brief, den wir hier gern zitieren.</p>",
            [],
        ),
    ],
)
def test_guest_post_leads_inside_the_text(lead: str, expected: list[str]) -> None:
    assert authors(page("3. Mai 2021", lead=lead)) == expected


@pytest.mark.parametrize(
    ("meta_line", "end", "expected"),
    [
        # a team account's post signed at its end takes the signature
        (
            "von <span class='author vcard'><a class='url fn n' href='/author/r/'>Redaktion</a>"
            "</span>",
            "<p>Viele Grüße<br>Jan Petersen</p>",
            ["Jan Petersen"],
        ),
        # two greetings before the signature
        ("3. Mai 2021", "<p>Bis bald, euer Jan Oswald</p>", ["Jan Oswald"]),
        # a person's byline keeps its author whatever the end says
        ("Von Anna Müller", "<p>Viele Grüße<br>Jan Petersen</p>", ["Anna Müller"]),
    ],
)
def test_signatures(meta_line: str, end: str, expected: list[str]) -> None:
    assert authors(page(meta_line, end=end)) == expected


@pytest.mark.parametrize("section", ["disqus_thread", "responses", "replies", "leserbriefe"])
def test_comment_sections_not_named_comment(section: str) -> None:
    after = (
        f"<div id='{section}' class='{section}'><div class='byline'>Hans Meier</div>"
        "<p>Schöner Beitrag!</p></div>"
    )
    assert authors(page("3. Mai 2021", after=after)) == []
    # the same markup outside such a section is a byline
    assert authors(page("3. Mai 2021", after=after.replace(section, "box"))) == ["Hans Meier"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Jens Berg, Stadtrat", ["Jens Berg"]),
        # a one-word role after a titled name leaves as after any other (session 67)
        ("Von Dr. Jens Berg, Stadtrat", ["Dr. Jens Berg"]),
        ("Von Anna Roth und Dr. Jens Berg, Kassenprüfer", ["Anna Roth", "Dr. Jens Berg"]),
    ],
)
def test_one_word_role_after_a_titled_name(line: str, expected: list[str]) -> None:
    html = page_with(
        f"<article><h1>Sparkasse tanzt auf Instagram</h1><p>{line}</p>{TEXT}</article>"
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
