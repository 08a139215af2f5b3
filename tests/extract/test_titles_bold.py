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
        "<p><strong>Ein Beitrag von Jana Lamm</strong></p>",
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


def test_a_bold_line_between_breaks_inside_a_cell_is_the_headline() -> None:
    # a press database's cell: a table of fields, then the headline between <br>s
    line = (
        "<table><tr><td>Datum:</td><td>04.10.1999</td></tr></table>"
        "<br><b><font size='4'>Raiffeisenbank startet Internet-Banking</font></b><br><br>"
    )
    page = composer_page(
        "Raiffeisenbank Auental - Presse", f"<table><tr><td>{line}</td></tr></table>"
    )
    assert title_of(page, URL) == "Raiffeisenbank startet Internet-Banking"


def test_a_bold_line_in_a_font_before_the_byline_is_the_headline() -> None:
    line = (
        "<p><font size='3'><b>Unser Stammtisch zum Thema Geldanlage</b></font><br>"
        "<font size='1'>eingetragen von <b>Sparfuchs</b> am 12.03.2004</font></p>"
    )
    assert title_of(composer_page("Geldtreff - News", line), URL) == (
        "Unser Stammtisch zum Thema Geldanlage"
    )


def test_a_masthead_is_no_headline() -> None:
    # the site's banner ("Site – Slogan"), its name with a legal form, its name that the
    # footer repeats: all bold lines before the headline
    for masthead, title in (
        ("Geldtreff – Die Community rund ums Geld", "Geldtreff"),
        ("Versichererverband Nord e.V.", "Namensbeitrag"),
        ("Bundesverband der Kreditvereine", "PM Kreditvereine"),
    ):
        page = composer_page(
            title,
            BOLD.format(masthead),
            BOLD.format("Kreditvereine fordern einfachere Regeln"),
            "<p>Bundesverband der Kreditvereine · Berlin</p>",
        )
        assert title_of(page, URL) == "Kreditvereine fordern einfachere Regeln", masthead


def test_a_numbered_point_in_bold_is_no_headline() -> None:
    page = composer_page("Über Anna Roth", BOLD.format("1. Freude und Leichtigkeit."))
    assert title_of(page, URL) != "1. Freude und Leichtigkeit."


def test_a_teaser_cut_short_in_bold_is_no_headline() -> None:
    text = "Die besten Erfahrungen machen bei mir Menschen, die ..."
    assert title_of(composer_page("Über Anna Roth", BOLD.format(text)), URL) != text
