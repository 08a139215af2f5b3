"""Date lines (issue 11, by kind): days in the address in other forms (dates_f's and
dates_g's misses), the writer named in a date line (re-judged on dates_i, kept), the line
under the headline ending with its date (dates_i's and half M's misses), each with
the cases the rule must leave alone, on small pages written for the test. (The rules for the
other kinds of those misses were measured and rejected; their tests are in the history,
commits 9b3cac5…c17e4c1 and d6779c1…202c131.)"""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"


def published(body: str, head: str = "", url: str = URL) -> str | None:
    return published_on(body, head, url)


def _article(line: str) -> str:
    head = "<main><article><h1>Sparkasse auf Mastodon</h1>"
    return f"{head}<p class='meta'>{line}</p>{TEXT}</article></main>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.ort.example/2022/0803/sparkasse-auf-mastodon.html", "2022-08-03"),
        ("https://www.ort.example/2023.04.05/sparkasse-auf-mastodon/", "2023-04-05"),
        ("https://ort.example/news.php?datum=2018-10-23&id=5639", "2018-10-23"),
        ("https://ort.example/nachrichten/20190804-sparkasse-auf-mastodon", "2019-08-04"),
        ("https://ort.example/aktuelles/12092018-neue-oeffnungszeiten.html", "2018-09-12"),
        ("https://ort.example/news/230705_schuelerfirma-eroeffnet.html", "2023-07-05"),
        # the year's folder, the month's English short name, the day (the Guardian's form)
        ("https://www.ort.example/business/2022/mar/03/sparkasse-auf-mastodon", "2022-03-03"),
        ("https://www.ort.example/money/2021/Dec/9/sparkasse-auf-mastodon", "2021-12-09"),
        # a folder that opens like a month's name is none
        ("https://ort.example/2022/marketing/03/sparkasse.html", "2026-11-12T15:00:00+01:00"),
        # digits that name no day are an id: the page's date stays
        ("https://ort.example/news/123456_schuelerfirma.html", "2026-11-12T15:00:00+01:00"),
        ("https://ort.example/artikel/55554444-sparkasse.html", "2026-11-12T15:00:00+01:00"),
    ],
)
def test_a_day_in_the_address_in_other_forms_overrules_a_later_change(
    url: str, expected: str
) -> None:
    head = "<meta property='article:modified_time' content='2026-11-12T15:00:00+01:00'>"
    line = "Aktualisiert am <time datetime='2026-11-12T15:00:00+01:00'>12.11.2026</time>"
    assert published(_article(line), head, url=url) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht am Mittwoch, 26. Oktober 2026 · Frank Ottmers, Pfarrbüro", "2026-10-26"),
        ("Eingestellt am 03.10.2026 von Jörg Wendlandt", "2026-10-03"),
        (
            "Von Anna-Lena Pfister-Berg und Tom Weber | 03.10.2026, 14:05 Uhr",
            "2026-10-03T14:05:00+02:00",
        ),
        # a sentence around the date is no date line, names or not
        ("Am 03.10.2026 hat die Sparkasse Musterstadt ihren Kanal eröffnet", "2026-09-20"),
    ],
)
def test_the_writer_named_in_a_date_line_is_not_a_sentence(line: str, expected: str | None) -> None:
    # the line replaces the metadata's day (the CMS's creation) close to it
    head = "<meta property='article:published_time' content='2026-09-20'>"
    other = "<aside class='sidebar'><ul><li>Neue Filiale <span>12.11.2026</span></li></ul></aside>"
    article = f"<article><h1>Sparkasse auf Mastodon</h1>{TEXT}<p class='meta'>{line}</p></article>"
    body = f"<main>{article}</main>{other}"
    assert published(body, head) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pressemitteilung Nr. 148/2026 vom 03.10.2026", "2026-10-03"),
        ("Geschrieben von Timo Rasche und Anja Kowalczyk am 03.10.2026", "2026-10-03"),
        ("Gastbeitrag von Carolin Wessling (Gründerin von Beetbox) am 03.10.2026", "2026-10-03"),
        ("Erschienen in Ausgabe SoSe 2026 · 03.10.2026, 14:05 Uhr", "2026-10-03T14:05:00+02:00"),
        # words after the date: a sentence, not a date line
        ("Pressemitteilung Nr. 148/2026: Am 03.10.2026 eröffnet die Sparkasse", "2026-09-20"),
        # a longer head is a paragraph
        (
            "Die Sparkasse Musterstadt hat nach langer Vorbereitung und vielen Gesprächen "
            "ihren Kanal eröffnet, am 03.10.2026",
            "2026-09-20",
        ),
    ],
)
def test_the_line_under_the_headline_ending_with_its_date(line: str, expected: str) -> None:
    head = "<meta property='article:published_time' content='2026-09-20'>"
    assert published(_article(line), head) == expected


def test_a_line_ending_with_a_date_further_down_is_not_the_date_line() -> None:
    head = "<meta property='article:published_time' content='2026-09-20'>"
    line = "Pressemitteilung Nr. 148/2026 vom 03.10.2026"
    body = f"<main><article><h1>Sparkasse auf Mastodon</h1>{TEXT}<p>{line}</p></article></main>"
    assert published(body, head) == "2026-09-20"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pressemitteilung 04/2026 · 3. Oktober 2026", "2026-10-03"),
        ("Presseinformation Nr. 12/2026 vom 03.10.2026, 14:05 Uhr", "2026-10-03T14:05:00+02:00"),
        # a sentence naming the release: no date line
        ("Pressemitteilung 04/2026: Die Sparkasse eröffnet am 03.10.2026", "2026-09-20"),
    ],
)
def test_a_document_number_line_just_above_the_headline(line: str, expected: str) -> None:
    head = "<meta property='article:published_time' content='2026-09-20'>"
    body = f"<main><article><p class='kicker'>{line}</p><h1>Sparkasse auf Mastodon</h1>{TEXT}"
    assert published(body + "</article></main>", head) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("erschienen in Ausgabe 38/2001 vom 17.09.2001", "2001-09-17"),
        ("Pressemitteilung Nr. 4/2012 · 05.06.2012", "2012-06-05"),
    ],
)
def test_a_document_number_line_on_a_page_without_a_headline(line: str, expected: str) -> None:
    # an old table layout: the headline is bold text, the other releases' days further down
    others = "".join(f"<tr><td>{d}.02.2012</td><td>Meldung</td></tr>" for d in (12, 14))
    body = (
        f"<table><tr><td><p><font size='1'>{line}</font></p><p><b>Sparkasse auf Mastodon</b></p>"
        f"{TEXT}</td><td><table>{others}</table></td></tr></table>"
    )
    assert published(body, url="http://www.bank.example/presse/detail.asp?id=643") == expected
