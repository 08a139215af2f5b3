"""Dates printed in places the date line search did not read (issue 11, from the kinds of the
misses of halves E and F and of ``dates_e``): each rule with the case it covers and the
cases it must leave alone, on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Raiffeisenbank Talheim erklärt im {n}. Absatz, warum sie ihre Kanäle auf "
    "Mastodon und Instagram jetzt selbst betreut und was das für die Beratung heißt.</p>"
    for n in range(1, 5)
)
URL = "https://www.fachdienst-banken.example/themen/kanaele-selbst-betreuen"


def published(body: str, head: str = "", url: str = URL) -> str | None:
    return extract(page_with(body, head), url, fetched_at=FETCHED)["published"]


def _above(bar: str, inside: str = "") -> str:
    """A page with ``bar`` between the site's header and the ``<main>`` holding the article."""
    return (
        "<header><a class='logo'>Fachdienst Banken</a><nav><a>Ausgaben</a><a>Themen</a></nav>"
        f"</header>{bar}<main><article><h1>Kanäle selbst betreuen</h1>{inside}{TEXT}"
        "</article></main><footer>© 2026 Fachdienst Banken</footer>"
    )


@pytest.mark.parametrize(
    ("bar", "expected"),
    [
        ("<div class='issuebar'>Ausgabe 3/2024 · 05.03.2024</div>", "2024-03-05"),
        (
            "<div class='edition'><span>Ausgabe 12/2023</span> <span>12.12.2023</span></div>",
            "2023-12-12",
        ),
        (
            "<p class='dateline'>Dienstag, 23. April 2024</p><div class='ad'>Anzeige</div>",
            "2024-04-23",
        ),
    ],
)
def test_a_date_line_above_the_article_dates_a_page_without_another(
    bar: str, expected: str
) -> None:
    assert published(_above(bar)) == expected


@pytest.mark.parametrize(
    "bar",
    [
        # the masthead's today, inside the site's <header>
        "",
        # a sentence naming a date is no date line
        "<div class='hinweis'>Am 05.03.2024 lädt die Redaktion zum Leserforum in Kassel ein.</div>",
        # teasers and navigation above the article carry other articles' dates
        "<div class='teaser-list'><span>05.03.2024</span> Neue Filiale</div>",
        "<nav class='crumbs'><span>05.03.2024</span></nav>",
    ],
)
def test_no_date_from_the_masthead_sentences_or_teasers_above_the_article(bar: str) -> None:
    page = _above(bar).replace(
        "<a class='logo'>", "<span class='heute'>Samstag, 21. November 2026</span><a class='logo'>"
    )
    assert published(page) is None


def test_the_articles_own_date_line_wins_over_the_bar_above() -> None:
    body = _above("<div class='issuebar'>Ausgabe 3/2024 · 05.03.2024</div>", "<p>01.03.2024</p>")
    assert published(body) == "2024-03-01"


def test_metadata_wins_over_the_bar_above() -> None:
    head = "<meta property='article:published_time' content='2024-02-28T10:00:00+01:00'>"
    body = _above("<div class='issuebar'>Ausgabe 3/2024 · 05.03.2024</div>")
    assert published(body, head) == "2024-02-28T10:00:00+01:00"


def _meta_line(change: str, line: str) -> str:
    return (
        f"<article class='hentry'><h1 class='entry-title'>Kanäle selbst betreuen</h1>"
        f"<p class='meta'>{change} · {line} · Miriam Okafor</p>{TEXT}</article>"
    )


PUBLISHED_META = "<meta property='article:published_time' content='2020-12-31T23:30:00Z'>"


@pytest.mark.parametrize(
    "change",
    [
        "<abbr class='updated' title='2021-01-12T04:30:00+01:00'>12.01.2021</abbr>",
        "<span class='date-modified'>12.01.2021</span>",
        "<span itemprop='dateModified' content='2021-01-12'>12.01.2021</span>",
    ],
)
def test_a_change_marked_on_any_element_is_not_the_date_line(change: str) -> None:
    # the metadata's publication (New Year's night in UTC) stays; the change printed first
    # beside the German day is not taken for it
    page = _meta_line(change, "<span>1. Januar 2021</span>")
    assert published(page, PUBLISHED_META) == "2021-01-01T00:30:00+01:00"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # marked as both (hAtom "published updated"): the publication
        ("<abbr class='published updated' title='2021-01-12'>12.01.2021</abbr>", "2021-01-12"),
        # no publication known elsewhere: the only line is the page's date
        ("<abbr class='updated' title='2021-01-12'>12.01.2021</abbr>", "2021-01-12"),
    ],
)
def test_change_markup_left_alone(change: str, expected: str) -> None:
    head = PUBLISHED_META if "published" in change else ""
    assert published(_meta_line(change, ""), head)[:10] == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<span property='dc:date' content='2019-07-03'>03.07.2019</span>", "2019-07-03"),
        ("<span property='dcterms:created'>3. Juli 2019</span>", "2019-07-03"),
        ("<time property='schema:datePublished' datetime='2019-07-02T22:30:00Z'>", "2019-07-03"),
        # the line nearest the headline is the change, the publication's RDFa after it
        (
            "<abbr class='updated' title='2019-07-14'>14.07.2019</abbr> · "
            "<span property='dc:date' content='2019-07-03'>03.07.2019</span>",
            "2019-07-03",
        ),
        ("<span property='dc:date' content='2019-07-03'>vor 3 Tagen</span>", "2019-07-03"),
    ],
)
def test_rdfa_publication_properties_date_the_page(markup: str, expected: str) -> None:
    body = (
        f"<article><h1>Kanäle selbst betreuen</h1><div class='info'>{markup}</div>{TEXT}</article>"
    )
    assert (published(body) or "")[:10] == expected


def test_rdfa_in_a_meta_tag() -> None:
    head = "<meta property='dcterms:issued' content='2019-07-03'>"
    assert published(f"<article><h1>Kanäle</h1>{TEXT}</article>", head) == "2019-07-03"


@pytest.mark.parametrize(
    "markup",
    [
        "<span property='dcterms:modified' content='2019-07-14'></span>",
        "<aside class='weitere'><span property='dc:date' content='2019-07-11'></span></aside>",
    ],
)
def test_rdfa_changes_and_other_articles_left_alone(markup: str) -> None:
    body = f"<article><h1>Kanäle selbst betreuen</h1>{TEXT}</article>{markup}"
    assert published(body) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht: 2019-07-03", "2019-07-03"),
        ("2019-07-03 14:05 | Redaktion", "2019-07-03T14:05:00+02:00"),
        ("Datum: 2019-07-03", "2019-07-03"),
    ],
)
def test_an_iso_day_printed_as_the_date_line(line: str, expected: str) -> None:
    assert published(f"<article><h1>Kanäle</h1><p>{line}</p>{TEXT}</article>") == expected


@pytest.mark.parametrize(
    "line",
    [
        "Aktenzeichen 12019-07-031",  # inside a longer number
        "Version 2019-07-03-beta2 steht ab sofort zum Download für alle Kundinnen bereit",
        "Das Urteil vom 2019-07-03 hat die Bank in ihrer Beratung lange beschäftigt, sagt sie.",
    ],
)
def test_iso_days_in_numbers_and_sentences_left_alone(line: str) -> None:
    head = "<meta property='article:published_time' content='2019-07-10T09:00:00+02:00'>"
    body = f"<article><h1>Kanäle</h1><p>{line}</p>{TEXT}</article>"
    assert published(body, head) == "2019-07-10T09:00:00+02:00"


def test_an_iso_date_line_replaces_the_cms_creation_day() -> None:
    head = "<meta property='article:published_time' content='2019-07-01T09:00:00+02:00'>"
    body = f"<article><h1>Kanäle</h1><p>Veröffentlicht: 2019-07-03</p>{TEXT}</article>"
    assert published(body, head) == "2019-07-03"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.aufsicht.example/Meldung/2019/meldung_2019_07_03_konten.html", "2019-07-03"),
        ("https://www.verband.example/beitrag/2019_07_03_social-media.htm", "2019-07-03"),
        ("https://www.ministerium.example/presse/2019/20190703-konten.html", "2019-07-03"),
        ("https://www.kammer.example/news/meldung_20190703.html", "2019-07-03"),
        # left alone: a Wayback capture's fourteen digits, mixed separators, an id of nine digits
        ("https://web.archive.org/web/20190703123456/https://bank.example/a", None),
        ("https://www.bank.example/news/2019_07-03-konten", None),
        ("https://www.bank.example/artikel/konten-201907031.html", None),
        ("https://www.bank.example/artikel/konten_20191399.html", None),
    ],
)
def test_days_in_addresses_with_underscores_and_eight_digits(url: str, expected: str) -> None:
    from newsarchive.extract.dates import url_date

    assert url_date(url) == expected


def test_a_day_in_an_underscored_address_overrules_a_newer_change_line() -> None:
    url = "https://www.aufsicht.example/Meldung/2019/meldung_2019_07_03_konten.html"
    body = f"<article><h1>Kanäle</h1><p>14.07.2019</p>{TEXT}</article>"
    assert published(body, url=url) == "2019-07-03"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("<meta name='citation_publication_date' content='2019/07/03'>", "2019-07-03"),
        ("<meta name='pubdate' content='20190703'>", "2019-07-03"),
        ("<meta name='DC.date.created' content='2019-07-03'>", "2019-07-03"),
        (
            "<meta name='cXenseParse:recs:publishtime' content='2019-07-02T22:30:00Z'>",
            "2019-07-03T00:30:00+02:00",
        ),
        ("<meta name='publication_date' content='2019-07-03 09:15'>", "2019-07-03T09:15:00+02:00"),
    ],
)
def test_more_publication_meta_tags_and_their_forms(meta: str, expected: str) -> None:
    assert published(f"<article><h1>Kanäle</h1>{TEXT}</article>", meta) == expected


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='pubdate' content='20191399'>",  # no such day
        "<meta name='citation_publication_date' content='2031/07/03'>",  # after the fetch
    ],
)
def test_meta_values_that_are_no_day_left_alone(meta: str) -> None:
    assert published(f"<article><h1>Kanäle</h1>{TEXT}</article>", meta) is None


@pytest.mark.parametrize(
    "box",
    [
        "<div class='weitere-meldungen'><time datetime='2019-07-11'>11.07.2019</time></div>",
        "<section id='meistgelesen'><time datetime='2019-07-11'>11.07.2019</time></section>",
        "<ul class='latest-posts'><li><time datetime='2019-07-11'>11.07.2019</time></li></ul>",
    ],
)
def test_markup_in_lists_of_other_articles_is_passed_over(box: str) -> None:
    body = (
        f"{box}<article><h1>Kanäle</h1><span class='meta'><time datetime='2019-07-03'>"
        f"Mittwoch</time></span>{TEXT}</article>"
    )
    assert published(body) == "2019-07-03"


def test_the_articles_own_list_words_in_its_layout_left_alone() -> None:
    # the headline's own wrapper may carry such a word ("layout-latest"): its date counts
    body = (
        "<div class='layout-latest'><article><h1>Kanäle</h1><span class='meta'>"
        f"<time datetime='2019-07-03'>3. Juli 2019</time></span>{TEXT}</article></div>"
    )
    assert published(body) == "2019-07-03"
