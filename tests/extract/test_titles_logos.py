"""Titles whose first segment is the site's name that only a logo image's ``alt`` gives
(a forum script's unlinked logo: "Forum - Subject"), issue 11, on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Beitrag fragt ein Mitglied, welche Bank noch über drei Prozent Zinsen "
    "auf das Tagesgeld zahlt und wie lange das Angebot gelten soll.</p>"
    for n in range(1, 4)
)
URL = "http://www.forum-auental.example/topic.asp?TOPIC_ID=12"
SUBJECT = "Tagesgeld: Wer bietet noch über 3 Prozent?"
HEAD = f"<title>Zinsforum.de - {SUBJECT}</title>"


def title_of(logo: str) -> str:
    body = (
        f"<table><tr><td>{logo}</td></tr></table><table><tr><td><font size='2'>"
        f"<a href='default.asp'>Alle Foren</a><br>{SUBJECT}</font></td></tr></table>{TEXT}"
    )
    return extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["title"]


def test_a_logo_images_alt_names_the_site_in_the_title() -> None:
    assert title_of("<img src='/img/logo_forum.gif' alt='Zinsforum.de'>") == SUBJECT


def test_another_images_alt_does_not() -> None:
    assert title_of("<img src='/img/banner.gif' alt='Zinsforum.de'>") == f"Zinsforum.de - {SUBJECT}"
