"""A forum post's head names its subject after the date ("Posted: Tue Nov 07, 2006 2:22 pm
Post subject: …", phpBB's "Verfasst am: 18.01.2005 21:15 Titel: …"): the subject is the
post's title, no sentence beside the date (issue 11: rd26, from the read sets en_j, dates_at
and de_full16); small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

URL = "http://www.sparerforum.example/forum/viewtopic.php?t=4417"
TEXT = paragraphs("die Kartengebühr wegfällt")


def _thread(member: str, head: str) -> str:
    """A phpBB thread: the poster's box with the day the member joined, then the post's head
    and text (no headline element: the thread's title is a link in the breadcrumb)."""
    return (
        "<table class='forumline'><tr><td><a>Sparerforum</a> -> <a>Kartengebühren</a></td></tr>"
        "<tr><th>Autor</th><th>Nachricht</th></tr><tr><td><b>Gwen Palfrey</b><br>"
        f"<span class='postdetails'>{member}<br>Beiträge: 1444</span></td>"
        f"<td><span class='postdetails'>{head}</span>{TEXT}</td></tr></table>"
    )


@pytest.mark.parametrize(
    ("member", "head", "day"),
    [
        (
            "Joined: 02 Feb 2005",
            "Posted: Tue Nov 07, 2006 2:22 pm Post subject: Card fee dropped after we complained",
            "2006-11-07",
        ),
        (
            "Anmeldungsdatum: 15.12.2003",
            "Verfasst am: 18.01.2005 21:15 Titel: Bank antwortet auf Facebook schneller?",
            "2005-01-18",
        ),
        (
            "Registriert: 03.02.2002",
            "Verfasst am: 05.02.2008, 21:37 Betreff: Achtung: Phishing-Mails im Namen der Bank",
            "2008-02-05",
        ),
    ],
)
def test_the_post_head_with_its_subject_is_the_date_line(member: str, head: str, day: str) -> None:
    assert (published_on(_thread(member, head), "", URL) or "")[:10] == day


def test_a_sentence_after_the_date_still_counts() -> None:
    # no subject's label: the words after the date are a sentence, no date line, and the
    # metadata's day stands
    line = "Am 07.11.2006 hat die Bank nach Beschwerden die Gebühr für alle Karten gestrichen"
    page = f"<h1>Kartengebühr fällt weg</h1><p>{line}.</p>{TEXT}"
    meta = "<meta property='article:published_time' content='2006-11-20'>"
    assert published_on(page, meta, URL) == "2006-11-20"


def test_without_the_rule_the_members_day_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    # switched off, the subject is a sentence beside the date: the head is no date line
    monkeypatch.setattr(data, "DATE_LINE_SUBJECT", re.compile(r"(?!)"))
    head = "Posted: Tue Nov 07, 2006 2:22 pm Post subject: Card fee dropped after we complained"
    assert (published_on(_thread("Joined: 02 Feb 2005", head), "", URL) or "")[:10] != "2006-11-07"
