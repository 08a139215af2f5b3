"""Bylines of blogs and small sites, second round (issue 11, half D's kinds): each rule on a
small invented page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.example/2026/05/03/filiale-online/"
TEXT = "".join(
    f"<p>Die Volksbank Lindtal erklärt im {n}. Absatz, warum ihre Filiale jetzt auch per "
    "Video berät und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 6)
)


def page(meta_line: str, end: str = "", head: str = "", after: str = "") -> bytes:
    return page_with(
        "<article><h1>Die Filiale kommt ins Wohnzimmer</h1>"
        f"<div class='news-date'>{meta_line}</div><div class='news-text'>{TEXT}"
        f"{end}</div></article>{after}",
        f"<title>Die Filiale kommt ins Wohnzimmer</title>{head}",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta_line", "expected"),
    [
        # a role after the name and a comma is no second author
        ("01.08.2022 · Autor: Birgit Falk, Leiterin Digitalkommunikation", ["Birgit Falk"]),
        ("Von Jan Roth, Pressesprecher der Volksbank", ["Jan Roth"]),
        ("Von Jan Roth, Abteilungsleiter Marketing", ["Jan Roth"]),
        # two people stay two people
        ("Von Jan Roth, Eva Sorge", ["Jan Roth", "Eva Sorge"]),
    ],
)
def test_role_after_the_name(meta_line: str, expected: list[str]) -> None:
    assert authors(page(meta_line)) == expected


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a formal signature: a greeting, "Ihre"/"Ihr" and a full name
        ("<p>Herzliche Grüße<br>Ihre Claudia Brenner</p>", ["Claudia Brenner"]),
        ("<p>Mit freundlichen Grüßen, Ihr Tobias Kern</p>", ["Tobias Kern"]),
        # the formal word signs for companies too, and a first name alone is not enough
        ("<p>Herzliche Grüße<br>Ihre Volksbank Lindtal</p>", []),
        ("<p>Viele Grüße, Ihr Beratungsteam Mitte</p>", []),
        ("<p>Herzliche Grüße, Ihre Claudia</p>", []),
        # "Ihre" on a line of its own between the greeting and the name (session 50), with
        # the writer's role under it and a mailing's footer after the post
        (
            "<p>Herzliche Grüße vom Bodensee<br>Ihre<br><strong>Claudia Brenner</strong><br>"
            "<em>Chefredakteurin Kontobrief</em></p><p><small>Sie können Ihre Einstellungen "
            "aktualisieren oder sich abmelden.</small></p>",
            ["Claudia Brenner"],
        ),
        ("<p>Herzliche Grüße vom Bodensee<br>Ihre</p>", []),
        # the greeting spelt without umlauts (session 50, read on be)
        ("<p>Viele Gruesse<br>Heike Rosskamp</p>", ["Heike Rosskamp"]),
        ("<p>Mit freundlichen Gruessen, Ihr Tobias Kern</p>", ["Tobias Kern"]),
    ],
)
def test_formal_signature(end: str, expected: list[str]) -> None:
    assert authors(page("26.09.2021", end)) == expected


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        # an author box without a byline: the name under "Über die Autorin"
        (
            "<div class='author-bio'><h3>Über die Autorin</h3><h4>Carla Menzel</h4>"
            "<p>Carla schreibt über Geld im Alltag.</p></div>",
            ["Carla Menzel"],
        ),
        # or the name opening the biography
        (
            "<div class='box'><h3>Über den Autor</h3>"
            "<p>Tobias Kern ist Bankkaufmann und bloggt seit 2015.</p></div>",
            ["Tobias Kern"],
        ),
        # a box about the team names nobody
        (
            "<div class='box'><h3>Über den Autor</h3><p>Das Redaktionsteam der Volksbank"
            " schreibt hier über Geld.</p></div>",
            [],
        ),
        # the same heading in a comment is a commenter's
        (
            "<div class='comments'><h3>Über die Autorin</h3><h4>Carla Menzel</h4></div>",
            [],
        ),
    ],
)
def test_author_box_without_byline(box: str, expected: list[str]) -> None:
    assert authors(page("26.09.2021", end=box)) == expected


@pytest.mark.parametrize(
    ("login", "end", "expected"),
    [
        # a login with the surname's initial, spelled out where the page shows the full name
        ("jan_o", "<p>Viele Grüße,<br>Jan Oswald</p>", ["Jan Oswald"]),
        ("mia.k", "<p>Mia Krause schreibt hier über Geld.</p>", ["Mia Krause"]),
        # another surname with the same initial elsewhere is not taken for another first name
        ("jan_o", "<p>Eva Oswald hat uns geschrieben.</p>", ["Jan O"]),
        # the initial and the surname (a forum's or Joomla's login), the signature's full name
        ("b.hofstaetter", "<p>Viele Grüße<br>Bernd Hofstätter</p>", ["Bernd Hofstätter"]),
        ("t_eulenbruch", "<p>Die Fragen stellte Thomas Eulenbruch.</p>", ["Thomas Eulenbruch"]),
        ("b.hofstaetter", "<p>Eva Hofstätter hat uns geschrieben.</p>", ["b.hofstaetter"]),
    ],
)
def test_login_with_initial_spelled_out(login: str, end: str, expected: list[str]) -> None:
    head = f"<meta name='author' content='{login}'>"
    assert authors(page("3. März 2023", end=end, head=head)) == expected


@pytest.mark.parametrize(
    ("meta_line", "end", "expected"),
    [
        # gender-neutral and plural author labels
        ("Autor*in: Kim Albers · 28. Juni 2023", "", ["Kim Albers"]),
        ("Autor:in: Kim Albers", "", ["Kim Albers"]),
        ("20.11.2023 · Autoren: Max Falk, Lina Brandt", "", ["Max Falk", "Lina Brandt"]),
        ("Autorinnen: Eva Sorge und Pia Lenz", "", ["Eva Sorge", "Pia Lenz"]),
        # a report's or an interview's credit, in the meta line or closing the text
        ("18.10.2022 | Das Gespräch führte Nora Pelz", "", ["Nora Pelz"]),
        ("26.09.2021", "<p>Bericht von Ute Kramer</p>", ["Ute Kramer"]),
        ("26.09.2021", "<p>Ein Bericht von Ute Kramer</p>", ["Ute Kramer"]),
        # "Bericht von" in a sentence is no credit
        ("26.09.2021", "<p>Der Bericht von der Jahresversammlung folgt.</p>", []),
    ],
)
def test_credit_labels(meta_line: str, end: str, expected: list[str]) -> None:
    assert authors(page(meta_line, end)) == expected


@pytest.mark.parametrize(
    ("meta_line", "end", "expected"),
    [
        # a full name alone after a dash closing a post that credits nobody or a login
        ("26.09.2021", "<p>– Katja Lorenz</p>", ["Katja Lorenz"]),
        ("Verfasst von finanzfrau um 09:12", "<p>— Jan von Berg</p>", ["Jan von Berg"]),
        # the e-mail and Usenet signature delimiter: two hyphens
        ("26.09.2021", "<p>-- Katja Lorenz</p>", ["Katja Lorenz"]),
        # a tilde, as diaries and early blogs sign (session 41)
        ("26.09.2021", "<p>~ Katja Lorenz</p>", ["Katja Lorenz"]),
        ("26.09.2021", "<p>-- ~ Katja Lorenz</p>", ["Katja Lorenz"]),
        ("26.09.2021", "<p>~ Eigene Recherche</p>", []),
        ("Verfasst von finanzfrau um 09:12", "<p>--Jan von Berg</p>", ["Jan von Berg"]),
        ("26.09.2021", "<p>-- Eigene Recherche</p>", []),
        ("26.09.2021", "<p>--- Katja Lorenz</p>", []),
        # a source, a team or a first name alone after a dash is no signature
        ("26.09.2021", "<p>– Eigene Recherche</p>", []),
        ("26.09.2021", "<p>— Quelle Agenturen</p>", []),
        ("26.09.2021", "<p>– Ihr Kundenteam</p>", []),
        ("26.09.2021", "<p>– Katja</p>", []),
        # a person's byline stays
        ("Von Eva Sorge", "<p>– Katja Lorenz</p>", ["Eva Sorge"]),
    ],
)
def test_dash_signature(meta_line: str, end: str, expected: list[str]) -> None:
    assert authors(page(meta_line, end)) == expected


@pytest.mark.parametrize("end", ["<p>– Katja</p>", "<p>~ Katja</p>"])
def test_a_first_name_after_a_dash_or_tilde_in_full(end: str) -> None:
    # the diary's page names its keeper in full elsewhere (session 43: the tilde too)
    head = "<meta name='description' content='Das Tagebuch von Katja Lorenz'>"
    assert authors(page("Verfasst von finanzfrau", end, head=head)) == ["Katja Lorenz"]
