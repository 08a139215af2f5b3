"""Dates: general rules for kinds of pages, each on a small page written for the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_pages import FETCHED, article_page, page_with

from newsarchive.extract import extract
from newsarchive.extract.datetext import parse_date, parse_german_date

URL = "https://www.bankblog.example/banken/volksbank-instagram.html"
META = "<meta property='article:published_time' content='{}'>"


def published(page: bytes, url: str = URL, fetched: datetime | None = FETCHED) -> str | None:
    return extract(page, url, fetched_at=fetched)["published"]


def test_utc_metadata_is_the_day_a_german_reader_sees() -> None:
    page = article_page(META.format("2026-11-25T23:30:00Z"), "<h1>Bank</h1>")
    assert published(page) == "2026-11-26T00:30:00+01:00"


@pytest.mark.parametrize(
    ("head", "top", "expected"),
    [
        # the address names another day than the metadata: the address wins
        (META.format("2026-10-01T08:00:00+02:00"), "<h1>Bank</h1>", "2026-11-03"),
        # ... and than a date in the page's markup
        ("", "<h1>Bank</h1><time datetime='2026-09-30'>30.09.2026</time>", "2026-11-03"),
        # metadata on the address's day keeps its time
        (META.format("2026-11-03T08:00:00+01:00"), "<h1>Bank</h1>", "2026-11-03T08:00:00+01:00"),
    ],
)
def test_a_day_in_the_address_overrules_other_dates(head: str, top: str, expected: str) -> None:
    url = "https://blog.example/2026/11/03/volksbank-instagram/"
    assert published(article_page(head, top), url) == expected


def test_relative_dates_need_the_fetch_time() -> None:
    assert parse_german_date("vor 3 Stunden", None) is None
    assert parse_german_date("heute, 14:05 Uhr", None) is None
    assert parse_german_date("vor 3 Stunden", FETCHED) == "2026-11-26T13:00:00+01:00"
    page = article_page("", "<h1>Bank</h1><span class='date'>heute, 14:05 Uhr</span>")
    assert published(page, fetched=None) is None


def test_no_publication_after_the_fetch() -> None:
    head = META.format("2027-03-01T10:00:00+01:00")  # an event's date in the metadata
    page = article_page(head, "<h1>Bank</h1><time datetime='2026-11-20'>20.11.2026</time>")
    assert published(page) == "2026-11-20"


@pytest.mark.parametrize(
    "other",
    [
        "<aside><time datetime='2026-11-24'>24.11.2026</time></aside>",
        "<div class='related-posts'><time datetime='2026-11-24'>24.11.2026</time></div>",
        "<div class='sidebar'><span class='date'>24.11.2026</span></div>",
        "<time class='updated' datetime='2026-11-24'>24.11.2026</time>",
    ],
)
def test_markup_dates_of_other_parts_and_modifications_pass(other: str) -> None:
    body = (
        f"<div class='wrap'>{other}<article><h1>Bank</h1>"
        "<time class='entry-date published' datetime='2026-11-20'>20.11.2026</time>"
        "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
        "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p></article></div>"
    )
    assert published(page_with(body)) == "2026-11-20"


def test_a_layout_wrapper_named_sidebar_holds_the_article_date() -> None:
    body = (
        "<div class='container layout-right-sidebar'><article><h1>Bank</h1>"
        "<div class='meta'><time datetime='2026-11-20T09:00:00+01:00'>20.11.</time></div>"
        "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
        "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p></article></div>"
    )
    assert published(page_with(body)) == "2026-11-20T09:00:00+01:00"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on November 3, 2026 by anna", "2026-11-03"),
        ("Veröffentlicht am Dienstag, 3. November 2026, 14:05 Uhr", "2026-11-03T14:05:00+01:00"),
        ("3.11.2026 | Anna Müller", "2026-11-03"),
    ],
)
def test_visible_date_lines(line: str, expected: str) -> None:
    assert published(article_page("", f"<h1>Bank</h1><p>{line}</p>")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 3rd, 2026", "2026-11-03"),
        ("Nov. 3, 2026 at 9:30", "2026-11-03T09:30:00+01:00"),
        ("2026-11-03T08:00:00.000Z", "2026-11-03T09:00:00+01:00"),
        ("2026-07-03T08:00:00+00:00", "2026-07-03T10:00:00+02:00"),  # summer time
    ],
)
def test_parse_date_forms(text: str, expected: str) -> None:
    assert parse_date(text, datetime(2026, 11, 26, tzinfo=UTC)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a two-digit year (this century), with the weekday and the time
        ("Di., 03.11.26", "2026-11-03"),
        ("03.11.26, 14:05 Uhr", "2026-11-03T14:05:00+01:00"),
        # a blog's meta line: byline, date and the comment count
        ("Von Anna Müller | 3. November 2026 | 4 Kommentare", "2026-11-03"),
        # the publication named before the update on one line
        ("Erstellt am 03.11.2026, aktualisiert am 20.11.2026", "2026-11-03"),
    ],
)
def test_more_german_date_lines(line: str, expected: str) -> None:
    assert published(article_page("", f"<h1>Bank</h1><p>{line}</p>")) == expected


@pytest.mark.parametrize("text", ["Version 3.1.2.26", "1.2.26.5", "Zuletzt aktualisiert: 20.11.26"])
def test_no_date_in_version_numbers_or_update_lines(text: str) -> None:
    assert published(article_page("", f"<h1>Bank</h1><p>{text}</p>")) is None


SIDEBAR = (
    "<div id='sidebar' class='sidebar'><h3>Letzte Artikel</h3><ul><li><a href='/a/'>Tagesgeld"
    "</a> <span class='post-date'>20. Januar 2026</span></li></ul></div>"
)
TEXT = (
    "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
)


def test_the_date_search_of_last_resort_skips_sidebars() -> None:
    # a service page showing no date: another post's date in the sidebar is none of its own
    body = f"<div id='content'><div class='post'><h1>Beratung</h1>{TEXT}</div></div>{SIDEBAR}"
    assert published(page_with(body), "https://www.bank.example/service/beratung") is None


def test_the_date_search_of_last_resort_leaves_the_page_as_it_was() -> None:
    """The sidebars are taken out of the page for htmldate and put back in their places,
    tails included (the extensive search asked too: the text shows a full date)."""
    from lxml import etree

    from newsarchive.extract.dates import _htmldate
    from newsarchive.extract.parsing import parse

    tree = parse(
        "<html><body><div id='content'><div class='post'><h1>Beratung</h1>"
        f"{TEXT}</div>vor{SIDEBAR}nach<aside>Am 3. Mai 2025</aside>Ende</div>"
        f"{SIDEBAR}Fuß</body></html>"
    )
    before = etree.tostring(tree)
    texts = [("Am 3. Mai 2025", False)]
    assert _htmldate(tree, "https://www.bank.example/service/beratung", texts) is None
    assert etree.tostring(tree) == before
