"""A republished copy: a blog or aggregator reposts another publisher's article and says so
in a note ("Dieser Artikel von A erschien zuerst am … im X", "Text: A. Dieser Artikel
erschien zuerst bei X", "… erschien zuerst bei X. Autorin: A.", "Ein Beitrag von A und B,
zuerst erschienen bei X", "Quelle: X, Text: A"). The writers the note names are the
authors, not the blog owner whose byline posted the copy; and the day the note gives, a few
days before the copy's own, is the first publication (issue 11, session 51; kind read on
de_full200, de_full202, de_full205, de_full207 and dates_du), unless the note marks the text
as a translation: then the page's own day (session 54)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://www.geldblog-beispiel.example/2024/04/05/sparkasse-whatsapp/"
HEAD = (
    '<meta property="article:published_time" content="2024-04-05T09:14:22+02:00">'
    "<title>Sparkasse startet WhatsApp-Kanal – Geldblog Beispiel</title>"
)


def copy_page(note: str, byline: str = "Von Markus Beispiel, 5. April 2024") -> bytes:
    """A blog's copy: the owner's byline, the text, the note closing it, an owner's bio."""
    return (
        f"<html><head><meta charset='utf-8'>{HEAD}</head><body><main><article>"
        f"<h1>Sparkasse startet WhatsApp-Kanal</h1><p class='byline'>{byline}</p>"
        f"{paragraphs('sie jetzt einen WhatsApp-Kanal betreibt', 4)}"
        f"<p class='has-small-font-size'><em>{note}</em></p>"
        "<div class='author-box'><h4>Über den Autor</h4><p>Markus Beispiel schreibt hier "
        "seit 2015 über Geld.</p></div></article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("note", "writers"),
    [
        (
            "Dieser Artikel von Jana Muster erschien zuerst am 3. April 2024 im "
            "Beispielkreis-Kurier. Wir veröffentlichen ihn mit freundlicher Genehmigung.",
            ["Jana Muster"],
        ),
        (
            "Dieser Beitrag von Dr. Henrike Probe und Tobias Test erschien zuerst in der "
            "Beispielpost.",
            ["Dr. Henrike Probe", "Tobias Test"],
        ),
        (
            "Text: Sabine Muster. Dieser Artikel erschien zuerst im Beispielboten. Ich teile "
            "ihn hier mit freundlicher Genehmigung.",
            ["Sabine Muster"],
        ),
        (
            "Dieser Artikel erschien zuerst bei Bankpraxis Beispiel. Autorin: Hanna Probe. "
            "Wir danken für die Genehmigung zur Zweitveröffentlichung.",
            ["Hanna Probe"],
        ),
        (
            "Ein Beitrag von Lena Muster und Felix Probe, zuerst erschienen bei Finanzkompass "
            "Beispiel unter dem Titel „Banken auf WhatsApp“.",
            ["Lena Muster", "Felix Probe"],
        ),
        (
            "Quelle: Beispieltaler Wochenblatt, Text: Carola Muster. Veröffentlichung hier mit "
            "freundlicher Genehmigung des Verlags.",
            ["Carola Muster"],
        ),
        (
            "This article by Ruth Example originally appeared in the Example Banking Review.",
            ["Ruth Example"],
        ),
    ],
)
def test_a_copy_credits_the_writers_its_note_names(note: str, writers: list[str]) -> None:
    assert extract(copy_page(note), URL, fetched_at=FETCHED)["authors"] == writers


@pytest.mark.parametrize(
    "note",
    [
        # the publisher alone: the blog's byline stands
        "Dieser Artikel erschien zuerst im Beispielkreis-Kurier.",
        # a desk, not a person
        "Dieser Artikel von der Redaktion Beispiel erschien zuerst im Beispielkreis-Kurier.",
        # a label without a note of first appearance is no copy's credit
        "Text: Sabine Muster. Fotos: Jan Probe.",
    ],
)
def test_a_note_without_a_person_keeps_the_byline(note: str) -> None:
    assert extract(copy_page(note), URL, fetched_at=FETCHED)["authors"] == ["Markus Beispiel"]


@pytest.mark.parametrize(
    ("note", "published"),
    [
        # the original two days before the copy: its day
        ("Dieser Artikel erschien zuerst am 3. April 2024 im Beispielkreis-Kurier.", "2024-04-03"),
        ("Zuerst erschienen am 29.03.2024 bei Finanzkompass Beispiel.", "2024-03-29"),
        # an earlier version years before: the page's own day (the dev truth's convention)
        (
            "Dieser Artikel erschien ursprünglich am 27. Februar 2017 und wurde überarbeitet.",
            "2024-04-05",
        ),
        # a day after the copy's is no first publication
        ("Dieser Artikel erschien zuerst am 9. April 2024 im Beispielkreis-Kurier.", "2024-04-05"),
    ],
)
def test_a_copy_takes_its_originals_day_within_two_weeks(note: str, published: str) -> None:
    found = extract(copy_page(note), URL, fetched_at=FETCHED)["published"]
    assert found is not None
    assert found[:10] == published


@pytest.mark.parametrize(
    "note",
    [
        "Dieser Artikel erschien zuerst am 3. April 2024 im Beispiel Ledger. Aus dem Englischen "
        "von Jana Beispiel.",
        "Der Beitrag erschien zuerst am 3. April 2024 in englischer Sprache im Beispiel Ledger.",
        "Dieser Artikel erschien zuerst am 3. April 2024 in der Beispiel Times. Wir "
        "veröffentlichen ihn im Rahmen einer Kooperation auf Deutsch.",
        "Originaltitel: „Banks go WhatsApp“. Zuerst erschienen am 29.03.2024 bei Beispiel Weekly.",
    ],
)
def test_a_translation_keeps_its_own_day_over_the_originals(note: str) -> None:
    # the note's day is the original's; the German text appeared on the page's day
    # (session 54, read on de_full265 and de_full273)
    found = extract(copy_page(note), URL, fetched_at=FETCHED)["published"]
    assert (found or "")[:10] == "2024-04-05"


@pytest.mark.parametrize(
    ("note", "published"),
    [
        # a post moved from the old blog: the day it first appeared there, years before
        (
            "Dieser Beitrag erschien ursprünglich am 5. März 2017 auf unserem alten Blog und "
            "wurde beim Umzug auf die neue Plattform übernommen.",
            "2017-03-05",
        ),
        (
            "Dieser Beitrag stammt aus unserem Archiv und wurde am 22. April 2010 "
            "veröffentlicht. Beim Umzug auf unsere neue Seite wurde er technisch überarbeitet.",
            "2010-04-22",
        ),
        (
            "Ursprünglich am 9. November 2019 auf unserem alten Blogger-Blog erschienen.",
            "2019-11-09",
        ),
        # the day it was taken over is no first day: the page's own stays
        (
            "Dieser Beitrag wurde am 14.06.2023 aus dem bisherigen Stadtportal übernommen.",
            "2024-04-05",
        ),
        # an earlier version with no move: the page's own day (the dev truth's convention)
        ("Dieser Artikel ist ursprünglich am 27. Februar 2017 erschienen.", "2024-04-05"),
    ],
)
def test_a_moved_post_takes_the_day_it_first_appeared(note: str, published: str) -> None:
    found = extract(copy_page(note), URL, fetched_at=FETCHED)["published"]
    assert found is not None
    assert found[:10] == published


def desk_copy(field: str) -> bytes:
    """A desk's account ("Redaktion") posting a report, ``field`` after the text."""
    return (
        "<html><head><meta charset='utf-8'></head><body><main><article>"
        "<h1>Volksbank schließt elf Filialen</h1><p class='byline'>Von "
        "<a href='/author/redaktion/'>Redaktion</a></p>"
        f"{paragraphs('sie elf Filialen schließt', 4)}</article>{field}</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("field", "authors"),
    [
        # a labelled source field naming an agency: the agency's copy
        (
            "<div class='field field-label-inline'><div class='field__label'>Quelle</div>"
            "<div class='field__item'>dpa</div></div>",
            ["dpa"],
        ),
        ("<div class='td-post-source'><span>QUELLE</span><a href='/dpa'>dpa</a></div>", ["dpa"]),
        # a field naming a publisher, not an agency: the desk stays
        (
            "<div class='field'><div class='field__label'>Quelle</div>"
            "<div class='field__item'>Beispielblatt</div></div>",
            ["Redaktion"],
        ),
    ],
)
def test_a_desks_post_under_a_source_field_is_the_agencys(field: str, authors: list[str]) -> None:
    url = "https://www.bankenticker-beispiel.example/2024/05/15/volksbank-filialen/"
    page = desk_copy(field).replace(b"<p>Die", b"<p>Beispielstadt (dpa) - Die", 1)
    assert extract(page, url, fetched_at=FETCHED)["authors"] == authors
