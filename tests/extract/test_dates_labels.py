"""Date lines named by a label (issue 11: dates_h's, dates_f's and dates_g's misses, by kind),
with the cases each rule must leave alone, on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Sparkasse Musterstadt erklärt im {n}. Absatz, warum sie jetzt auch auf Mastodon "
    "schreibt und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 4)
)
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"
#: Other articles' days after the text, which a page without a date line falls back on.
TEASERS = (
    "<section class='teaser-list'><h2>Mehr aus der Region</h2><ul>"
    "<li><a href='#'>Neue Filiale</a> <span class='date'>12.08.2022</span></li>"
    "<li><a href='#'>Zinswende</a> <span class='date'>09.08.2022</span></li></ul></section>"
)


def published(body: str, head: str = "", url: str = URL) -> str | None:
    return extract(page_with(body, head), url, fetched_at=FETCHED)["published"]


def _article(line: str, end: str = "") -> str:
    head = "<main><article><h1>Sparkasse auf Mastodon</h1>"
    return f"{head}<p class='zeile'>{line}</p>{TEXT}{end}</article>{TEASERS}</main>"


@pytest.mark.parametrize(
    "line",
    [
        "Lokales | Hollenstedt | Erschienen am 03.08.2022 um 18:30 Uhr",
        "Erschienen am 3. August 2022 in der Ausgabe Nord · Seite 11",
        "Veröffentlicht am Mittwoch, 3. August 2022 · Frank Ottmers, Pfarrbüro",
        "Wirtschaft und Finanzen · Veröffentlicht: 03.08.2022 · Lesezeit 4 Minuten",
    ],
)
def test_a_line_labelled_as_the_publication_is_the_date_line_whatever_else_it_names(
    line: str,
) -> None:
    assert (published(_article(line)) or "")[:10] == "2022-08-03"


@pytest.mark.parametrize(
    "line",
    [
        # the first publication elsewhere, and the print edition's day, are not this page's
        "Dieser Artikel erschien zuerst am 01.08.2022 bei der Partnerzeitung Nordkurier",
        "Erschienen in der Ausgabe Nord der Wochenzeitung vom 01.08.2022",
        # a label not just before the date: a sentence of the text
        "Die Studie ist erschienen und wurde in Berlin vorgestellt, zuerst am 01.08.2022 im Rat",
    ],
)
def test_a_sentence_naming_another_publication_is_not_the_date_line(line: str) -> None:
    head = "<meta property='article:published_time' content='2022-08-03T18:30:00+02:00'>"
    assert published(_article(line), head) == "2022-08-03T18:30:00+02:00"


@pytest.mark.parametrize(
    "note",
    [
        "Anna Berger ist Professorin in Köln. Der Beitrag wurde am 3. August 2022 veröffentlicht.",
        "Dieser Kommentar ist am 03.08.2022 um 18:30 Uhr erstmals erschienen.",
    ],
)
def test_a_closing_note_naming_the_texts_publication_dates_it(note: str) -> None:
    page = _article("Von Anna Berger", end=f"<p class='autor-info'>{note}</p>")
    assert (published(page) or "")[:10] == "2022-08-03"


@pytest.mark.parametrize(
    "note",
    [
        # the first publication elsewhere, and another text's publication in a sentence
        "Der Beitrag ist zuerst am 01.08.2022 erschienen, in der Partnerzeitung Nordkurier.",
        "Die Studie des Verbands wurde am 01.08.2022 veröffentlicht und zeigt einen Rückgang.",
    ],
)
def test_a_sentence_about_another_publication_does_not_date_the_text(note: str) -> None:
    head = "<meta property='article:published_time' content='2022-08-03T18:30:00+02:00'>"
    page = _article("Von Anna Berger", end=f"<p class='autor-info'>{note}</p>")
    assert published(page, head) == "2022-08-03T18:30:00+02:00"


def test_a_line_labelled_as_the_publication_comes_before_a_nearer_line_without_a_label() -> None:
    # an association's CMS: "Erstellt:" (the draft's day) above "Veröffentlicht:"
    info = (
        "<dl class='article-info'><dt>Details</dt><dd>Geschrieben von Pressewart</dd>"
        "<dd>Erstellt: 01. August 2022</dd><dd>Veröffentlicht: 03. August 2022</dd></dl>"
    )
    page = f"<main><article><h1>Sparkasse auf Mastodon</h1>{info}{TEXT}</article>{TEASERS}</main>"
    assert (published(page) or "")[:10] == "2022-08-03"
    page = (
        "<main><article><h1>Sparkasse auf Mastodon</h1><dl class='event-facts'><dt>Termin:</dt>"
        "<dd>Samstag, 27.08.2022, 18:30 Uhr</dd></dl>"
        f"{TEXT}<p class='posted'>Eingestellt am 03.08.2022 von Jörg Wendlandt</p></article></main>"
    )
    assert (published(page) or "")[:10] == "2022-08-03"


def test_without_a_labelled_line_the_nearest_line_stays() -> None:
    info = "<p class='zeile'>Erstellt: 01. August 2022</p><p>Gedruckt: 03. August 2022</p>"
    page = f"<main><article><h1>Sparkasse auf Mastodon</h1>{info}{TEXT}</article></main>"
    assert (published(page) or "")[:10] == "2022-08-01"
