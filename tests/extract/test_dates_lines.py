"""Date lines of news and small sites (issue 11: dates_f's and dates_g's misses, by kind):
the update named before the publication on one line, the writer named in the date line,
dates labelled as another moment (a last reply, a deadline), a line labelled as the
publication against wrong metadata, days in the address in other forms; each rule with the
case it covers and a case it must leave alone, on small pages written for the test."""

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


def published(body: str, head: str = "", url: str = URL) -> str | None:
    return extract(page_with(body, head), url, fetched_at=FETCHED)["published"]


def _article(line: str) -> str:
    head = "<main><article><h1>Sparkasse auf Mastodon</h1>"
    return f"{head}<p class='meta'>{line}</p>{TEXT}</article></main>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Aktualisiert: Do, 04.11.2026, 22:10 Uhr · Veröffentlicht: Mi, 03.11.2026, 18:10 Uhr",
            "2026-11-03T18:10:00+01:00",
        ),
        ("Aktualisiert vor 3 Std. · Erstveröffentlichung: 3. Nov. 2026", "2026-11-03"),
        ("Zuletzt aktualisiert am 5. Oktober 2026 | erschienen am 2. Oktober 2026", "2026-10-02"),
        # the publication first, the update after it: as before, the part before the update
        ("Veröffentlicht am 03.11.2026 · aktualisiert am 04.11.2026", "2026-11-03"),
        # a date before the update word is the publication, whatever follows
        ("Erstellt 02.11.2026, aktualisiert 04.11.2026, veröffentlicht 03.11.2026", "2026-11-02"),
    ],
)
def test_a_line_naming_the_update_first_gives_the_publication_after_it(
    line: str, expected: str | None
) -> None:
    assert published(_article(line)) == expected


def test_the_update_first_line_replaces_a_meta_date_of_the_change() -> None:
    head = "<meta name='date' content='2026-11-05T13:15:00+01:00'>"
    line = "Aktualisiert vor 3 Std. · Erstveröffentlichung: 3. Nov. 2026"
    assert published(_article(line), head) == "2026-11-03"


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
    article = f"<h1>Sparkasse auf Mastodon</h1>{TEXT}<p class='meta'>{line}</p>"
    body = f"<main><article>{article}</article></main>{other}"
    assert published(body, head) == expected


def test_a_threads_last_reply_is_not_its_date() -> None:
    head = (
        "<script type='application/ld+json'>"
        + ('{"@type": "DiscussionForumPosting", "datePublished": "2026-09-16T14:00:00Z"}')
        + "</script>"
    )
    body = (
        "<main><h1>Push-TAN für mehrere Kassenwarte?</h1><p class='stats'>8 Antworten · "
        "Letzte Antwort: 13.11.2026 16:00</p><div class='post'><b>Paul Hinrichsen</b> "
        f"<span class='postdate'>« am: 16. September 2026, 16:00:00 »</span>{TEXT}</div></main>"
    )
    assert published(body, head) == "2026-09-16T16:00:00+02:00"
    # with no metadata, the first post's line (not the last reply) dates the thread
    assert published(body) == "2026-09-16T16:00:00+02:00"


@pytest.mark.parametrize(
    "facts",
    [
        "<dl><dt>Termin:</dt><dd>Samstag, 27.11.2026, 18:30 Uhr</dd>"
        "<dt>Anmeldeschluss:</dt><dd>23.11.2026</dd></dl>",
        "<p>Anmeldeschluss: Mo., 23.11.2026</p>",
    ],
)
def test_an_appointment_or_deadline_is_not_the_date_line(facts: str) -> None:
    body = (
        f"<main><article><h1>Vortrag: Sparkasse auf Mastodon</h1>{facts}{TEXT}"
        "<p class='posted'>Eingestellt am 03.11.2026 von Jörg Wendlandt</p></article></main>"
    )
    assert published(body) == "2026-11-03"


def test_a_date_named_after_a_deadline_word_in_a_sentence_stays_a_sentence() -> None:
    # the label must end just before the date: "Termine" in a heading names no date
    body = f"<main><article><h1>Termine der Sparkasse</h1><p>03.11.2026</p>{TEXT}</article></main>"
    assert published(body) == "2026-11-03"


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # the render time as the meta date
        (
            "<meta name='date' content='2026-11-26T15:00:00+01:00'>",
            "Beitrag vom 3. August 2022 · Birgit Sommerfeld",
            "2022-08-03",
        ),
        # a theme's fixed date, the publication in a <time> after its label
        (
            "<meta property='article:published_time' content='2015-01-01T00:00:00+01:00'>",
            "Veröffentlicht: <time>17.04.2019</time> · Anna-Lena Pfister",
            "2019-04-17",
        ),
        # a line without a label more than the drift away is something else (kept as before)
        (
            "<meta property='article:published_time' content='2015-01-01T00:00:00+01:00'>",
            "17.04.2019 · Anna-Lena Pfister",
            "2015-01-01T00:00:00+01:00",
        ),
    ],
)
def test_a_line_labelled_as_the_publication_replaces_far_metadata(
    head: str, line: str, expected: str
) -> None:
    assert published(_article(line), head) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.ort.example/2022/0803/sparkasse-auf-mastodon.html", "2022-08-03"),
        ("https://www.ort.example/2023.04.05/sparkasse-auf-mastodon/", "2023-04-05"),
        ("https://ort.example/news.php?datum=2018-10-23&id=5639", "2018-10-23"),
        ("https://ort.example/nachrichten/20190804-sparkasse-auf-mastodon", "2019-08-04"),
        ("https://ort.example/aktuelles/12092018-neue-oeffnungszeiten.html", "2018-09-12"),
        ("https://ort.example/news/230705_schuelerfirma-eroeffnet.html", "2023-07-05"),
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


def test_a_time_named_as_the_publication_comes_before_the_creation() -> None:
    info = (
        "<dl class='article-info'><dd class='create'><time datetime='2026-10-01T17:40:00+00:00' "
        "itemprop='dateCreated'>Erstellt: 01. Oktober 2026</time></dd><dd class='published'>"
        "<time datetime='2026-10-03T21:40:00+00:00' itemprop='datePublished'>Veröffentlicht: "
        "03. Oktober 2026</time></dd></dl>"
    )
    body = (
        "<main><div class='item-page' itemscope itemtype='https://schema.org/Article'>"
        f"<h2 itemprop='headline'>Sommerfest</h2>{info}<div itemprop='articleBody'>{TEXT}</div>"
        "</div></main>"
    )
    assert published(body) == "2026-10-03T23:40:00+02:00"
