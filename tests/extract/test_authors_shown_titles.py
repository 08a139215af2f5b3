"""A writer the metadata names bare ("Anna Berger") while the byline shows the name with
its academic titles in a node of its own ("Dr. Anna Berger", "Mag. Julia Hofer"): the
name as the page shows it (:mod:`~newsarchive.extract.titledname`; kind read on blind
de_full107, de_full102, de_full108 and the later sets, session 35, issue 11), also inside
a byline's text node that names others ("Von Dr. A und B": de_full137, session 36; the
lead after other meta, "· Eine Kolumne von Dr. A": session 54), and
its spelling with marks the metadata folds to ASCII ("Aydın", session 45); a dentist's and a
vet's doctorate ("Dr. med. dent.", "Dr. med. vet.", session 65). Small
invented pages; a title the page shows only inside another longer text is not taken."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.geldblick.example/banken/2026/filialen-schliessen/"
HEAD = (
    "<title>Filialen schließen</title><script type='application/ld+json'>"
    '{"@type": "NewsArticle", "headline": "Filialen schließen",'
    ' "author": [{"@type": "Person", "name": "%s"}]}</script>'
)


def authors(meta_name: str, byline: str) -> list[str]:
    """The authors of an invented article whose JSON-LD names ``meta_name``."""
    html = article_page(head=HEAD % meta_name, top=f"<h1>Filialen schließen</h1>{byline}")
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("meta_name", "byline", "expected"),
    [
        (
            "Anna Berger",
            "<p class='byline'>Von <a href='/autor/anna-berger/'>Dr. Anna Berger</a></p>",
            "Dr. Anna Berger",
        ),
        (
            "Henrike Vogt",
            "<div><a href='/autoren/vogt'>Prof. Dr. Henrike Vogt</a></div>",
            "Prof. Dr. Henrike Vogt",
        ),
        (
            "Julia Hofer",
            "<span class='author'>Von <a href='/autor/hofer'>Mag. Julia Hofer</a></span>",
            "Mag. Julia Hofer",
        ),
        (
            "Stefan Koller",
            "<div class='field'><div>Autor</div><div>DI Stefan Koller</div></div>",
            "DI Stefan Koller",
        ),
        # a dentist's and a vet's doctorate (session 65, read on de_full658)
        (
            "Anja Reuter",
            "<p class='byline'>Von <a href='/team/reuter'>Dr. med. vet. Anja Reuter</a></p>",
            "Dr. med. vet. Anja Reuter",
        ),
        (
            "Henrik Olsen",
            "<p class='byline'>Von <a href='/team/olsen'>Dr. med. dent. Henrik Olsen</a></p>",
            "Dr. med. dent. Henrik Olsen",
        ),
        # a byline's text node naming others too ("Von Dr. A und B", "Von Dr. A, Desk")
        (
            "Lea Schmitt-Kessler",
            "<span class='author'>Von Dr. Lea Schmitt-Kessler | 14.04.2026, 06:00 Uhr</span>",
            "Dr. Lea Schmitt-Kessler",
        ),
        (
            "Ines Carstensen",
            "<p class='byline'>Autorin: Dr. Ines Carstensen, Wirtschaftsredaktion</p>",
            "Dr. Ines Carstensen",
        ),
        # the lead after other meta in the node (session 54): a column's, a date line's
        (
            "Heike Sommerfeld",
            "<div class='meta'>12.03.2026 · Eine Kolumne von Dr. Heike Sommerfeld</div>",
            "Dr. Heike Sommerfeld",
        ),
        (
            "Nadine Kowalczyk",
            "<div class='meta'>19. Februar 2026 · 5 Min. · Autorin: Dr. Nadine Kowalczyk</div>",
            "Dr. Nadine Kowalczyk",
        ),
        # British "Dr" without its point (session 54)
        ("Helen Nguyen", "<div class='author-card-name'>Dr Helen Nguyen</div>", "Dr Helen Nguyen"),
        # the byline's spelling wins over the metadata's accent-less one
        (
            "Yasemin Koc",
            "<div class='we-author'>Text: <span>Dr. Yasemin Koç</span></div>",
            "Dr. Yasemin Koç",
        ),
    ],
)
def test_the_shown_titles_are_kept(meta_name: str, byline: str, expected: str) -> None:
    assert authors(meta_name, byline) == [expected]


def team_authors(names: tuple[str, str], byline: str) -> list[str]:
    """The authors of an invented article whose JSON-LD names the two ``names``."""
    people = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in names)
    head = (HEAD % "").replace('{"@type": "Person", "name": ""}', people)
    html = article_page(head=head, top=f"<h1>Filialen schließen</h1>{byline}")
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("names", "byline", "expected"),
    [
        # JSON-LD folds the marks the byline shows (session 45, read on de_full166)
        (("Anna Roth", "Selin Aydin"), "Von Anna Roth und Selin Aydın", "Selin Aydın"),
        (("Anna Roth", "Tobias Reuss"), "Von Anna Roth und Tobias Reuß", "Tobias Reuß"),
        (("Anna Roth", "Soren Lund"), "Von Anna Roth und Søren Lund", "Søren Lund"),
        # German ASCII spells the umlaut out (read on de_full138)
        (("Anna Roth", "Jan Oelschlaegel"), "Von Anna Roth und Jan Oelschlägel", "Jan Oelschlägel"),
        # a marked word of another name near the byline changes nothing
        (("Anna Roth", "Selin Aydin"), "Von Anna Roth und Selin Aydin, Aydın AG", "Selin Aydin"),
    ],
)
def test_the_shown_spelling_is_kept(names: tuple[str, str], byline: str, expected: str) -> None:
    assert team_authors(names, f"<p class='byline'>{byline}</p>") == ["Anna Roth", expected]


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'>Von <a href='/autor/anna-berger/'>Anna Berger</a></p>",
        # the title only inside a longer text (an author box's heading, a sentence)
        "<p class='authorbox__name'>Über Dr. Anna Berger</p>",
        "<p>Das sagte Dr. Anna Berger der Zeitung.</p>",
        # another person's titled name
        "<p class='quote'>Dr. Jonas Berger</p>",
    ],
)
def test_the_bare_name_stays(byline: str) -> None:
    assert authors("Anna Berger", byline) == ["Anna Berger"]
