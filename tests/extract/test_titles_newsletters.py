"""Titles of newsletters' archived e-mails (table layout, inline styles, no ``<h1>``) whose
metadata title is the mail's subject and whose headline is a big inline-styled text
(issue 11), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p style='font-size:15px'>Die Sparkasse Auental erklärt im {n}. Absatz, was sich für "
    "Kundinnen und Kunden ändert und warum sie das Angebot jetzt ausbaut.</p>"
    for n in range(1, 4)
)
URL = "https://www.zinsbrief-auental.example/archiv/ausgabe-11-2026.html"


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def mail_page(subject: str, head: str) -> bytes:
    body = (
        "<table width='600'><tr><td style='font-size:11px'>Probleme mit der Darstellung? "
        "<a>Im Browser ansehen</a></td></tr><tr><td style='font-size:12px'>Zinsbrief Ausgabe "
        f"11/2026 · 12. März 2026</td></tr><tr><td>{head}</td></tr><tr><td>{TEXT}</td></tr>"
        "<tr><td style='font-size:18px;font-weight:bold'>Weitere Themen</td></tr>"
        "<tr><td><a style='font-size:22px'>Geldautomat in der Nacht gesprengt</a></td></tr>"
        "</table>"
    )
    return page_with(body, f"<title>{subject}</title>")


SPAN = "<span style='font-family:Georgia;font-size:26px;font-weight:bold'>{}</span>"


def test_a_big_styled_headline_wins_over_the_mails_subject() -> None:
    page = mail_page(
        "Zinsbrief 11/2026: Zinsen, Zinsen, Zinsen", SPAN.format("Was die Zinsrunde bringt")
    )
    assert title_of(page) == "Was die Zinsrunde bringt"


def test_a_small_styled_line_is_no_headline() -> None:
    page = mail_page(
        "Zinsbrief 11/2026: Zinsen, Zinsen, Zinsen",
        "<span style='font-size:14px;font-weight:bold'>Was die Zinsrunde bringt</span>",
    )
    assert title_of(page) == "Zinsbrief 11/2026: Zinsen, Zinsen, Zinsen"


def test_a_subject_the_mail_shows_is_kept() -> None:
    subject = "Was die Zinsrunde für Sparer bedeutet"
    page = mail_page(subject, SPAN.format(subject) + SPAN.format("Noch ein großer Satz hier"))
    assert title_of(page) == subject
