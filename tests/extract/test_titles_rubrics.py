"""Titles whose rubric or section stands only in the metadata (issue 11), each rule on a
small invented page: the headline the page shows wins."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = (
    "<p>Die Genossenschaftsbank Musterstadt erklärt in diesem Absatz, warum sie jetzt auf "
    "Instagram und LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("head_title", "heading", "expected"),
    [
        # an issue box <h1> above the article's <h2>; "Interview:" only in the <title>
        (
            "Interview: „Wir antworten auf jeden Kommentar“ | Zinsblick Magazin",
            "„Wir antworten auf jeden Kommentar“",
            "„Wir antworten auf jeden Kommentar“",
        ),
        ("Ratgeber: Girokonto per App eröffnen | Zinsblick Magazin", "Girokonto per App eröffnen",
         "Girokonto per App eröffnen"),
    ],
)  # fmt: skip
def test_a_rubric_only_the_title_carries_yields_to_the_heading(
    head_title: str, heading: str, expected: str
) -> None:
    body = (
        "<div class='issue'><h1>Heft 4/2026</h1></div>"
        f"<main><article><header><h2 class='story-title'>{heading}</h2></header>{TEXT}"
        "</article></main>"
    )
    url = "https://www.zinsblick-magazin.example/heft/app-konto"
    assert title_of(page_with(body, f"<title>{head_title}</title>"), url) == expected


def test_a_rubric_is_no_heading_when_the_page_shows_the_whole_title() -> None:
    # the heading keeps its own colon: the whole title is the headline
    body = (
        "<div class='issue'><h1>Heft 4/2026</h1></div>"
        f"<main><article><h2>Workshop: Banking für Senioren</h2>{TEXT}</article></main>"
    )
    head = "<title>Workshop: Banking für Senioren | Zinsblick Magazin</title>"
    url = "https://www.zinsblick-magazin.example/heft/workshop"
    assert title_of(page_with(body, head), url) == "Workshop: Banking für Senioren"


def test_a_rubric_of_many_words_is_part_of_the_headline() -> None:
    # more than three words before the colon: not a rubric, nothing is cut
    body = (
        "<div class='issue'><h1>Heft 4/2026</h1></div>"
        f"<main><article><h2>Girokonto per App eröffnen</h2>{TEXT}</article></main>"
    )
    head = "<title>Was die Bank jetzt plant: Girokonto per App eröffnen | Zinsblick</title>"
    url = "https://www.zinsblick-magazin.example/heft/plan"
    assert title_of(page_with(body, head), url) != "Girokonto per App eröffnen"


def test_a_section_named_like_a_page_kind_leaves_the_title() -> None:
    # "Titel - Presse - Bank": the section is cut like the site's name
    body = f"<main><h1>Presse</h1>{TEXT}</main>"
    head = "<title>Genobank startet Instagram-Kanal - Presse - Genobank Musterstadt</title>"
    url = "https://www.genobank-musterstadt.example/presse/instagram"
    assert title_of(page_with(body, head), url) == "Genobank startet Instagram-Kanal"


@pytest.mark.parametrize(
    ("shown", "social"),
    [
        # a press release: the headline in <strong>, "Pressemitteilung:" only in og:title
        ("<p><strong>Genobank startet Instagram-Kanal</strong></p>",
         "Pressemitteilung: Genobank startet Instagram-Kanal"),
        # a radio station without a heading element: a shorter SEO og:title
        ("<div class='headline'>Genobank startet Instagram-Kanal</div>", "Genobank auf Instagram"),
    ],
)  # fmt: skip
def test_the_metadata_title_the_page_shows_wins(shown: str, social: str) -> None:
    body = f"<main><h1>Presse</h1><div class='release'>{shown}{TEXT}</div></main>"
    head = (
        "<title>Genobank startet Instagram-Kanal - Presse - Genobank Musterstadt</title>"
        f"<meta property='og:title' content='{social}'>"
    )
    url = "https://www.genobank-musterstadt.example/presse/instagram"
    assert title_of(page_with(body, head), url) == "Genobank startet Instagram-Kanal"


def test_a_title_shown_only_in_a_teaser_link_is_not_preferred() -> None:
    # the <title> shows up only as another page's teaser link: the vote decides as before
    body = (
        f"<main><h1>Presse</h1>{TEXT}<div class='teaser'><a href='/x'><p>Genobank "
        "startet Instagram-Kanal</p></a></div></main>"
    )
    head = (
        "<title>Genobank startet Instagram-Kanal - Presse - Genobank Musterstadt</title>"
        "<meta property='og:title' content='Neu: Genobank auf Instagram'>"
    )
    url = "https://www.genobank-musterstadt.example/presse/instagram"
    assert title_of(page_with(body, head), url) == "Neu: Genobank auf Instagram"


PROJECT = (
    "<div class='project-head'><h1>Sportplatz Auental – Ein Platz für alle</h1>"
    "<p>12.300 € von 20.000 €</p></div><main><article><p class='post-no'>Neuigkeit 2</p>"
    "<h2 class='post-title'>{heading}</h2>" + TEXT + "</article></main>"
)


@pytest.mark.parametrize(
    ("head_title", "heading"),
    [
        ("Neuigkeit 2: Die Sparkasse spendet die Flutlichter – Sportplatz Auental | Vereinshelden",
         "Die Sparkasse spendet die Flutlichter"),
        ("Neuigkeit 4: Endspurt: Noch zehn Tage – Sportplatz Auental | Vereinshelden",
         "Endspurt: Noch zehn Tage"),
        # (no rubric: the first segment itself is the post's heading)
        ("Die Sparkasse spendet die Flutlichter – Sportplatz Auental | Vereinshelden",
         "Die Sparkasse spendet die Flutlichter"),
    ],
)  # fmt: skip
def test_a_project_h1_the_title_carries_later_yields_to_the_posts_heading(
    head_title: str, heading: str
) -> None:
    page = page_with(PROJECT.format(heading=heading), f"<title>{head_title}</title>")
    assert title_of(page, "https://www.vereinshelden.example/p/auental/2") == heading


def test_a_project_h1_stays_when_no_heading_shows_the_titles_first_segment() -> None:
    head_title = (
        "Neuigkeit 2: Die Sparkasse spendet die Flutlichter – Sportplatz Auental | Vereinshelden"
    )
    page = page_with(PROJECT.format(heading="Kommentare"), f"<title>{head_title}</title>")
    url = "https://www.vereinshelden.example/p/auental/2"
    assert title_of(page, url) == "Sportplatz Auental – Ein Platz für alle"
