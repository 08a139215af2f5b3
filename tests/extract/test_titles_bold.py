"""Titles of hand-made pages of the 1990s and 2000s (FrontPage, Netscape Composer) whose
metadata title is a section's or the editor's default name and whose headline is a block of
bold text, no classed headline element (issue 11), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Raiffeisenbank Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie das Angebot jetzt ausbaut.</p>"
    for n in range(1, 4)
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def composer_page(title: str, *lines: str) -> bytes:
    """A section's name in a big font, then the given lines, each a paragraph."""
    body = (
        "<p><a href='index.htm'>Start</a> <a href='presse.htm'>Presse</a></p>"
        "<p><font size='5'>Presse</font></p>" + "".join(lines) + TEXT
    )
    return page_with(body, f"<title>{title}</title>")


BOLD = "<p><b><font size='4'>{}</font></b></p>"
DATE = "<p><font size='2'><i>Pressemitteilung vom 14. März 2001</i></font></p>"
URL = "http://www.raiba-auental.example/presse/pm0114.htm"


def test_a_bold_block_is_the_headline_under_an_editors_default_title() -> None:
    page = composer_page(
        "Neue Seite 1", DATE, BOLD.format("Raiffeisenbank eröffnet Internet-Filiale")
    )
    assert title_of(page, URL) == "Raiffeisenbank eröffnet Internet-Filiale"


def test_a_bold_byline_is_no_headline() -> None:
    page = composer_page(
        "Presse",
        "<p><strong>Von Hartmut Kloppenburg</strong></p>",
        BOLD.format("Raiffeisenbank senkt die Gebühren"),
    )
    assert title_of(page, URL) == "Raiffeisenbank senkt die Gebühren"


def test_a_bold_date_or_label_line_is_no_headline() -> None:
    page = composer_page(
        "Neue Seite 1",
        "<p><b>Montag, 17. Dezember 2001</b></p>",
        "<p><b>Pressemitteilung Nr. 4 des Jahres</b></p>",
        "<p><b>Zum Thema Euro und Bargeld:</b></p>",
        BOLD.format("Ansturm auf die Starterkits"),
    )
    assert title_of(page, URL) == "Ansturm auf die Starterkits"


def test_bold_text_opening_a_paragraph_of_text_is_no_headline() -> None:
    # the bold words lead into the paragraph's own text: a lead-in, not a headline
    page = composer_page(
        "Neue Seite 1", "<p><b>Auental, 14. März.</b> Die Raiffeisenbank hat heute viel vor.</p>"
    )
    assert title_of(page, URL) != "Auental, 14. März."


def test_a_story_title_is_kept_beside_a_bold_block() -> None:
    page = composer_page(
        "Raiffeisenbank Auental eröffnet ihre neue Internet-Filiale für alle Kunden",
        BOLD.format("Mehr Service für alle Kunden"),
    )
    want = "Raiffeisenbank Auental eröffnet ihre neue Internet-Filiale für alle Kunden"
    assert title_of(page, URL) == want
