"""A message's labelled subject under a group's, a board's or a record's name ("Betreff:
<b>…</b>", "<th>Betreff:</th><td>…</td>"; issue 11, :mod:`~newsarchive.extract.subjectlines`),
on small invented pages, and the rule alone; a thread's heading printed with its label
("Thema: …", "Diskussion: …") is the subject without it (session 48)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.parsing import parse
from newsarchive.extract.subjectlines import (
    labelled_subject,
    subject_headline,
    without_subject_label,
)

TEXT = "".join(
    f"<p>Im {n}. Absatz schreibt das Mitglied, wie der Club sein Depot bewertet und was "
    "die Mitglieder bei der nächsten Sitzung beschließen sollen.</p>"
    for n in range(1, 4)
)
URL = "http://groups.gruppenportal.example/Boersenclub/_nachrichten?ID_Message=1184"


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        # a group's message: the group's name in its header, the subject after its label
        (
            "<title>Gruppenportal : Börsenclub Talheim : Nachrichten</title>",
            "<div class='grphdr'><b>Börsenclub Talheim</b> · Mitglieder: 74</div><table>"
            "<tr><td class='mhdr'>Betreff: <b>Depotbewertung Ende März: die Telekom zieht uns "
            "runter</b></td></tr><tr><td class='mhdr'>Von: Gerd Kugler</td></tr></table>",
            "Depotbewertung Ende März: die Telekom zieht uns runter",
        ),
        # a council's record: its reference as the <h1>, the subject in the next cell
        (
            "<title>Vorlage - VO/2025/0231</title>",
            "<h1>Vorlage - VO/2025/0231</h1><table><tr><th>Betreff:</th><td><b>Jahresabschluss "
            "2024 der Sparkasse Talheim</b></td></tr><tr><th>Status:</th><td>öffentlich</td>"
            "</tr></table>",
            "Jahresabschluss 2024 der Sparkasse Talheim",
        ),
    ],
)
def test_the_labelled_subject_is_the_headline(head: str, body: str, headline: str) -> None:
    page = page_with(f"{body}{TEXT}", head)
    assert extract(page, URL, fetched_at=FETCHED)["title"] == headline


@pytest.mark.parametrize(
    "body",
    [
        # a reply's subject
        "<td>Betreff: <b>Re: Neue Gebühren für das Clubkonto</b></td>",
        # the label and the subject in one text: no label alone
        "<p>Betreff: Neue Gebühren für das Clubkonto</p>",
        # a contact form's label
        "<form><label>Betreff:</label><input name='betreff'></form>",
        # the subject a link to another message
        "<td>Betreff: <a href='/m/2'>Neue Gebühren für das Clubkonto</a></td>",
        # a two-word subject
        "<td>Betreff: <b>Neue Gebühren</b></td>",
    ],
)
def test_no_subject_is_read(body: str) -> None:
    assert labelled_subject(parse(f"<html><body>{body}</body></html>")) == ""


def test_a_headline_sharing_the_subjects_words_stays() -> None:
    tree = parse(
        "<html><body><h1>Neue Gebühren für das Clubkonto ab Mai</h1><table><tr><td>Betreff: "
        "<b>Neue Gebühren für das Clubkonto</b></td></tr></table></body></html>"
    )
    assert labelled_subject(tree) == "Neue Gebühren für das Clubkonto"
    assert subject_headline(tree, "Neue Gebühren für das Clubkonto ab Mai") == ""


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Thema: Mietkaution ohne Sparbuch – hat das jemand gemacht?",
            "Mietkaution ohne Sparbuch – hat das jemand gemacht?",
        ),
        ("Diskussion: WARNUNG: gefälschte Mails", "WARNUNG: gefälschte Mails"),
        ("Re: Jahr-2000-Test der Geldautomaten", None),  # a reply's subject stays
        ("Thema: Kontogebühren", None),  # one word: the label's page, not a thread's
        ("Sparkasse: Filiale schließt", None),
    ],
)
def test_a_subject_label_opening_the_title(title: str, expected: str | None) -> None:
    assert without_subject_label(title) == expected


def test_a_thread_heading_with_its_label() -> None:
    html = page_with(
        "<div id='group-head'><h1>Shantychor Möwe Tollensried</h1></div><div id='forum'>"
        f"<h2>Thema: Mietkaution ohne Sparbuch – hat das jemand gemacht?</h2>{TEXT}</div>",
        "<title>Gruppe: Shantychor Möwe Tollensried - Forum</title>",
    )
    found = extract(html, URL, fetched_at=FETCHED)
    assert found["title"] == "Mietkaution ohne Sparbuch – hat das jemand gemacht?"
