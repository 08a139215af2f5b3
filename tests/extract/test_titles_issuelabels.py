"""Titles on a periodical's pages whose ``<h1>`` is the issue's label ("Kundenbrief März
2009") over the story's own ``<h2>``, titled "Firm - Section" (issue 11), on small invented
pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.shown import issue_label

TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt die Kanzlei, welche Fristen für Sparer und Betriebe in "
    "diesem Frühjahr gelten und welche Belege die Bank dafür verlangt.</p>"
    for n in range(1, 4)
)
URL = "http://www.kanzlei-hollmann.example/kundenbrief/2009-03.php"
HEAD = "<title>Hollmann Steuerberatung - Kundenbrief</title>"


def title_of(content: str) -> str:
    body = (
        "<div id='kopf'><img src='/bilder/logo.gif' alt='Hollmann Steuerberatung'></div>"
        "<ul id='menu'><li><a href='/'>"
        "Start</a></li><li><a href='/kundenbrief/'>Kundenbrief</a></li><li><a href='/kontakt'>"
        f"Kontakt</a></li></ul><div id='inhalt'>{content}</div>"
    )
    return str(extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["title"])


def test_the_story_heading_under_the_issue_label_is_the_headline() -> None:
    content = (
        "<h1>Kundenbrief März 2009</h1><div class='text'><h2>Freistellungsaufträge jetzt "
        f"prüfen</h2><p>Ausgabe vom 2. März 2009</p>{TEXT}</div>"
    )
    assert title_of(content) == "Freistellungsaufträge jetzt prüfen"


def test_a_numbered_issue_label_gives_way_too() -> None:
    content = (
        "<h1>Kundenbrief Nr. 14/2009</h1><div class='text'><h2>Was Sparer bei der "
        f"Abgeltungsteuer beachten sollten</h2>{TEXT}</div>"
    )
    assert title_of(content) == "Was Sparer bei der Abgeltungsteuer beachten sollten"


def test_a_headline_naming_a_month_stays_the_headline() -> None:
    content = f"<h1>Steuertermine im März 2009</h1><div class='text'><h2>Fristen</h2>{TEXT}</div>"
    assert title_of(content) == "Steuertermine im März 2009"


def test_a_big_font_issue_label_on_an_old_table_page_gives_way() -> None:
    body = (
        "<center><img src='bilder/logo.gif' alt='Sparerbund Nordheide'></center><br>"
        "<font face='Arial'><font size=+2>Rundbrief 3/1999</font></font><hr>"
        "<p><font size=-1>Ausgabe vom 2. September 1999</font></p><p><b><font face='Arial'>"
        "<font size=+1>Der Euro kommt: Was Sparer wissen müssen</font></font></b></p>"
        f"<font size=-1>{TEXT}</font>"
    )
    page = page_with(body, "<title>Sparerbund Nordheide</title>")
    title = extract(page, "http://www.sparerbund.example/rb3-99.htm", fetched_at=FETCHED)["title"]
    assert title == "Der Euro kommt: Was Sparer wissen müssen"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mandantenbrief Oktober 2004", True),
        ("Pressemitteilung Nr. 9/1999", True),
        ("Ausgabe 3/2008", True),
        ("Clubbrief Nr. 27", True),
        ("Termine im November 2021", False),
        ("Geschäftsbericht 2024", False),
        ("Bilanz: Die Bank wächst 2024", False),
    ],
)
def test_issue_labels(text: str, label: bool) -> None:
    assert issue_label(text) is label
