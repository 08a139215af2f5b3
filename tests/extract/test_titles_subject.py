"""Filed documents' pages titled with their reference (council information systems,
registers; issue 11), each on a small invented page: the "Betreff:" field is the headline."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = (
    "<h2>Sachverhalt</h2><p>Die Genossenschaftsbank Musterstadt erklärt in diesem Absatz, "
    "warum sie jetzt auf Instagram und LinkedIn setzt und was Kundinnen und Kunden davon "
    "haben sollen.</p>"
)
URL = "https://ratsinfo.musterstadt.example/vo0050.asp?id=4711"
SUBJECT = "Neue Satzung der Sparkasse Musterstadt; Zustimmung des Rates"


def page(head_title: str, h1: str, label: str = "Betreff:") -> bytes:
    body = (
        "<div id='kopf'>Stadt Musterstadt - Ratsinformationssystem</div>"
        f"<div id='inhalt'><h1>{h1}</h1><table class='fields'><tr><th>{label}</th>"
        f"<td><b>{SUBJECT}</b></td></tr><tr><th>Status:</th><td>öffentlich</td></tr>"
        f"<tr><th>Datum:</th><td>02.09.2025</td></tr></table>{TEXT}</div>"
    )
    return page_with(body, f"<title>{head_title}</title>")


@pytest.mark.parametrize(
    ("head_title", "h1", "label"),
    [
        ("Vorlage - VO/2025/0231", "Vorlage - VO/2025/0231", "Betreff:"),
        ("Ratsinfo - Vorlage", "Mitteilungsvorlage - MV/2026/0009", "Betreff"),
        ("Drucksache 17/1234", "Drucksache 17/1234", "Gegenstand:"),
    ],
)
def test_a_filed_documents_subject_is_its_headline(head_title: str, h1: str, label: str) -> None:
    got = extract(page(head_title, h1, label), URL, fetched_at=FETCHED)["title"]
    assert got == SUBJECT


def test_a_subject_row_under_a_headline_is_left() -> None:
    # a headline, no document reference: the subject row is a field among others
    headline = "Sparkasse Musterstadt bekommt eine neue Satzung"
    got = extract(page(headline, headline), URL, fetched_at=FETCHED)["title"]
    assert got == headline
