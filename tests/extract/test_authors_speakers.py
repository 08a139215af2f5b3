"""A speech's manuscript ("Es gilt das gesprochene Wort", "Check against delivery") is
credited to who gave it: the speakers its line ("Rede von Dr. A, Präsidentin, und B, …")
or its label ("Rednerin" A) names before the text, not the bank or the desk that posted
it. Issue 11, session 56: 8 read judges' pages up, none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.musterbank.example/presse/reden/digitaler-wandel-2024.html"
HEAD = "<meta name='author' content='Presseabteilung Musterbank AG'>"
HEADLINE = "<h1>Vertrauen verdienen, digital wachsen</h1>"
NOTICE = "<p><em>Es gilt das gesprochene Wort.</em></p>"


def authors(top: str, notice: str = NOTICE, head: str = HEAD) -> list[str]:
    """The authors of a bank's speech page: ``top`` under its headline, ``notice`` before
    the speech."""
    page = article_page(head=head, top=f"{HEADLINE}{top}{notice}")
    return list(extract(page, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (
            "<p>Rede von Dr. Jana Beispiel, Vorsitzende des Vorstands, und Tim Muster, "
            "Mitglied des Vorstands, zur Hauptversammlung am 16. Mai 2024</p>",
            ["Dr. Jana Beispiel", "Tim Muster"],
        ),
        (
            "<p>Gemeinsame Rede von Jana Beispiel und Tim Muster, Vorstände der Musterbank, "
            "beim Forum Zahlungsverkehr</p>",
            ["Jana Beispiel", "Tim Muster"],
        ),
        (
            "<dl><dt>Rednerin</dt><dd>Prof. Dr. Jana Beispiel, Präsidentin</dd>"
            "<dt>Ort</dt><dd>Bonn, Kongresszentrum</dd></dl>",
            ["Prof. Dr. Jana Beispiel"],
        ),
        (
            "<p><strong>Redner:</strong> Tim Muster, Präsident des Spar- und Giroverbands</p>",
            ["Tim Muster"],
        ),
        (
            "<div class='speakers'><div>Redner</div><div><a href='/a'>Jana Beispiel</a>, "
            "Direktorin</div><div><a href='/b'>Tim Muster</a>, Direktor</div></div>",
            ["Jana Beispiel", "Tim Muster"],
        ),
    ],
)
def test_a_speech_is_credited_to_its_speakers(top: str, expected: list[str]) -> None:
    assert authors(top) == expected


def test_an_english_speech_by_its_speaker() -> None:
    top = "<p>Speech by Jane Example, Member of the Board, at the Fintech Forum</p>"
    assert authors(top, "<p>Check against delivery.</p>") == ["Jane Example"]


@pytest.mark.parametrize(
    "notice",
    [
        "",  # a news report of a speech: no manuscript
        "<p><a href='/rede.pdf'>Rede (Manuskript, es gilt das gesprochene Wort)</a></p>",
    ],
)
def test_a_speakers_line_without_a_manuscripts_notice_credits_nobody(notice: str) -> None:
    top = "<dl><dt>Redner</dt><dd>Tim Muster, Präsident</dd></dl>"
    assert authors(top, notice, head="<meta name='author' content='Lena Sommer'>") == [
        "Lena Sommer"
    ]


def test_a_related_speech_after_the_notice_is_not_the_speakers() -> None:
    tail = "<dl><dt>Redner</dt><dd>Tim Muster, Präsident</dd></dl>"
    top = "<p>Sperrfrist: 16. Mai 2024</p>"
    assert authors(top, f"{NOTICE}{tail}") == ["Presseabteilung Musterbank AG"]
