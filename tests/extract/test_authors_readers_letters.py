"""A page of readers' letters credits its readers: each letter's signer ("Hildegard Maier,
Kirchheim" under the letter) or the reader its opening names ("A aus Ort schreibt …:"), in
the page's order, over the paper's name, desk or login in its byline; an article with
letters under it keeps its own byline (issue 11, session 54: read on de_full281 and
de_full286). English letters pages too ("Letters", "Letters to the editor", "Your
letters"), signed on one line or over two ("<strong>A</strong><br>Place"), two readers
joined by "and", the place's county after it (session 62: read on en_eb and en_ec). Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.beispielbote.example/meinung/artikel/filiale-zu/"
KICKER = "<p class='kicker'><a href='/meinung/'>{}</a></p>"


def letters_page(section: str, letters: list[tuple[str, str]], byline: str) -> bytes:
    """A paper's page: the kicker ``section`` over its headline, ``byline``, then the letters
    (each an opening or closing line and its text) and the paper's disclaimer."""
    parts = "".join(
        f"<div class='letter'>{opening}{paragraphs('die Filiale schließen soll', 2)}{closing}</div>"
        for opening, closing in letters
    )
    return page_with(
        f"<main><article>{KICKER.format(section)}<h1>Wer berät uns, wenn die Filiale zu ist?</h1>"
        f"<p class='byline'>{byline}</p>{parts}<p><em>Leserbriefe geben nicht die Meinung der "
        "Redaktion wieder.</em></p></article></main>",
        "<title>Wer berät uns, wenn die Filiale zu ist? | Beispielbote</title>",
    )


@pytest.mark.parametrize(
    ("section", "letters", "byline", "authors"),
    [
        # one letter under the desk's byline: its signer, the title kept
        (
            "Leserbriefe",
            [("", "<p>Dr. Renate Beispiel, Mörsfelden</p>")],
            "Von Beispielbote-Redaktion",
            ["Dr. Renate Beispiel"],
        ),
        # several letters, signed in bold or opened by a line naming the reader
        (
            "Leserforum",
            [
                ("", "<p class='text-right'><strong>Erwin Beispiel, Bad Urach</strong></p>"),
                ("<p><strong>Jana Muster aus Selb schreibt zur Gebühr:</strong></p>", ""),
                ("", "<p>Tobias Beispiel-Renz, Weiden in der Oberpfalz</p>"),
            ],
            "beispielbote_online",
            ["Erwin Beispiel", "Jana Muster", "Tobias Beispiel-Renz"],
        ),
        # English letters pages: signatures over two lines, the second the place
        (
            "Letters",
            [
                ("", "<p><strong>Tom Beispiel</strong><br>Ahascragh, Ballinasloe</p>"),
                ("", "<p>Yours,<br><strong>Séamus Ó Muster</strong><br>Moyasta Road, Kilrush</p>"),
            ],
            "By Letters Desk",
            ["Tom Beispiel", "Séamus Ó Muster"],
        ),
        # two readers joined by "and"; a place with its nearby town
        (
            "Letters to the editor",
            [("", "<p><em>Dana Beispiel and Carl Muster, Osage Falls</em></p>")],
            "",
            ["Dana Beispiel", "Carl Muster"],
        ),
        (
            "Your letters",
            [("", "<p><strong>Margaret Beispiel, Beadlam, near Helmsley</strong></p>")],
            "By Newsdesk",
            ["Margaret Beispiel"],
        ),
        # a bank's name over a list of tags is no reader
        (
            "Ihre Meinung",
            [("<p>Volksbank Beispieltal, Filialen</p>", "<p>Gerda Beispiel, Ingelfingen</p>")],
            "",
            ["Gerda Beispiel"],
        ),
    ],
)
def test_a_letters_page_credits_its_readers(
    section: str, letters: list[tuple[str, str]], byline: str, authors: list[str]
) -> None:
    found = extract(letters_page(section, letters, byline), URL, fetched_at=FETCHED)["authors"]
    assert found == authors


def test_an_article_with_letters_under_it_keeps_its_byline() -> None:
    # the section is no letters page: the letters under the text are the readers' replies
    page = letters_page("Wirtschaft", [("", "<p>Gisela Beispiel, Treysa</p>")], "Von Karin Muster")
    assert extract(page, URL, fetched_at=FETCHED)["authors"] == ["Karin Muster"]
