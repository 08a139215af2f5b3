"""Bylines of 2000s blog and portal software whose lead stands alone before a linked name
("Veröffentlicht von <a>Name</a> um 10:15 Uhr", Movable Type's entry footer; kind read in
half X, issue 11): the name read, on small invented pages; comment footers and names that
are no person's left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.kontoblog.example/archives/2008/06/tagesgeld_vergleich.html"
TEXT = "".join(
    f"<p>Im {n}. Monat des Vergleichs haben wieder mehrere Direktbanken ihre Zinsen fürs "
    "Tagesgeld gesenkt, während die Filialbanken kaum etwas geändert haben.</p>"
    for n in range(2, 7)
)


def authors(footer: str, comments: str = "", banner: str = "Ein Blog über Geld") -> list[str]:
    html = page_with(
        f"<div id='banner'><h1><a href='/'>Kontoblog</a></h1><h2>{banner}</h2></div>"
        "<h2 class='date-header'>Dienstag, 3. Juni 2008</h2><div class='entry'>"
        "<h3 class='entry-header'>Tagesgeld im Vergleich: Wer noch Zinsen zahlt</h3>"
        f"<div class='entry-content'>{TEXT}</div><p class='entry-footer'>{footer} "
        "<span>|</span> <a>Kommentare (1)</a> | <a>TrackBack (0)</a></p></div>"
        f"<div id='comments'>{comments}</div>",
        "<title>Kontoblog: Tagesgeld im Vergleich: Wer noch Zinsen zahlt</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Veröffentlicht von <a href='/about'>Jana Kortmann</a> um 10:15 Uhr", ["Jana Kortmann"]),
        ("<span>Veröffentlicht von <a>Jana Kortmann</a> um 10:15 Uhr</span>", ["Jana Kortmann"]),
        ("Written by <a>Jana Kortmann</a> at 10:15", ["Jana Kortmann"]),
        # the team account or a day after the lead: nobody
        ("Veröffentlicht von <a>Redaktion</a> um 10:15 Uhr", []),
        ("Veröffentlicht von <a>03.06.2008</a>", []),
        ("Veröffentlicht um 10:15 Uhr", []),
    ],
)
def test_lead_before_linked_name(footer: str, expected: list[str]) -> None:
    assert authors(footer) == expected


def test_first_name_completed_by_the_banner() -> None:
    footer = "Veröffentlicht von <a>Jana</a> um 22:40 Uhr"
    assert authors(footer, banner="Das Blog von Jana Kortmann über Geld") == ["Jana Kortmann"]


def test_comment_footer_is_no_byline() -> None:
    comments = (
        "<div class='comment'><p>Sehe ich genauso!</p>"
        "<p class='comment-footer'>Veröffentlicht von: <a>Frank Lerche</a> | 14. Juni 2008</p>"
        "</div>"
    )
    assert authors("Veröffentlicht um 10:15 Uhr", comments) == []


def pivot_authors(footer: str, classes: str = "entryfooter") -> list[str]:
    html = page_with(
        "<div id='header'><h1>Geldblog</h1></div><h2 class='date'>Mittwoch, 12. September 2007"
        "</h2><div class='entry'><h3 class='entrytitle'>Tagesgeld im Vergleich: Wer noch Zinsen "
        f"zahlt</h3>{TEXT}<div class='{classes}'>{footer}</div></div>"
        "<div id='side'><h3>Über</h3><p>Hier schreibt Anna Roth über Geld und Banken.</p></div>",
        "<title>Geldblog - Tagesgeld im Vergleich: Wer noch Zinsen zahlt</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("footer", "classes", "expected"),
    [
        # Pivot and Serendipity spell the entry footer's class without a hyphen
        (
            "geschrieben von <a>Jan Ulm</a> am 12.09.07 um 20:48 | Allgemein",
            "entryfooter",
            ["Jan Ulm"],
        ),
        ("Geschrieben von Jan Ulm am 12.09.2007 um 20:48", "serendipity_entryFooter", ["Jan Ulm"]),
        # a first-name login, completed by the blog's "Über" box
        (
            "geschrieben von <a href='mailto:a@x.example'>anna</a> am 12.09.07 um 20:48",
            "entryfooter",
            ["Anna Roth"],
        ),
        ("geschrieben von <a>admin</a> am 12.09.07 um 20:48 | Allgemein", "entryfooter", []),
        # a comment's footer is no entry footer
        ("geschrieben von Jan Ulm am 12.09.07 um 20:48", "comment entryfooter", []),
    ],
)
def test_entry_footer_spellings(footer: str, classes: str, expected: list[str]) -> None:
    assert pivot_authors(footer, classes) == expected


def test_footer_login_yields_to_the_author_box() -> None:
    box = "<h4>Über den Autor</h4><p>Jonas Bergmann arbeitet in der IT einer Bank.</p>"
    html = page_with(
        "<div class='entry'><h3 class='entrytitle'>Tagesgeld im Vergleich: Wer noch Zinsen zahlt"
        f"</h3>{TEXT}<div class='author-box'>{box}</div><div class='serendipity_entryFooter'>"
        "Geschrieben von <a href='/authors/2-jb_2019'>jb_2019</a> um 10:15 | Kommentare (2)"
        "</div></div>",
        "<title>Geldblog - Tagesgeld im Vergleich: Wer noch Zinsen zahlt</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Jonas Bergmann"]


@pytest.mark.parametrize(
    ("footer", "classes", "expected"),
    [
        # any class naming a footer (PHP-Fusion's, dasBlog's, an old theme's bare one)
        ("Geschrieben von Jan Ulm am 12.09.2007 um 20:48", "news-footer", ["Jan Ulm"]),
        ("Posted by <a>Jan Ulm</a> at 09:15 AM in <a>Banking</a>", "itemFooter", ["Jan Ulm"]),
        # the stamp line read whole: the name before the clock time, or led with its category
        ("<a>Jan Ulm</a> | 22:10 | <a>Kommentare [3]</a>", "footer", ["Jan Ulm"]),
        ("Jan Ulm - 21:14 - Rubrik: <a>Tagesgeld</a>", "itemFooter", ["Jan Ulm"]),
        ("Geschrieben von <a>Jan Ulm</a> in <a>Netz</a> um 21:40", "news-footer", ["Jan Ulm"]),
        # no person's name before the time; a site's footer
        ("<a>Redaktion</a> | 22:10 | <a>Kommentare [3]</a>", "footer", []),
        ("© 2007 Geldblog | Impressum | Datenschutz", "footer", []),
    ],
)
def test_any_footer_and_its_stamp_line(footer: str, classes: str, expected: list[str]) -> None:
    assert pivot_authors(footer, classes) == expected


def test_a_footer_outside_the_article_names_the_writer() -> None:
    html = page_with(
        "<div id='header'><h1>Geldblog</h1></div><article><h2>Tagesgeld im Vergleich: Wer noch "
        f"Zinsen zahlt</h2>{TEXT}</article><footer><a>Jan Ulm</a> · 22:10</footer>",
        "<title>Geldblog - Tagesgeld im Vergleich: Wer noch Zinsen zahlt</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Jan Ulm"]
