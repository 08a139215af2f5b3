"""Titles on pages whose metadata title names only the site and the page shows it as a
banner over the story's headline element (issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Sparclub Auental, wie die Mitglieder über das neue "
    "Depot abgestimmt haben und was der Vorstand für das kommende Jahr plant.</p>"
    for n in range(1, 4)
)
URL = "http://www.sparclub-auental.example/berichte/depot.html"
HEAD = "<title>Sparclub Auental</title>"


def title_of(body: str) -> str:
    return extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["title"]


def test_a_classed_headline_under_the_sites_shown_banner_is_the_headline() -> None:
    body = (
        "<div class='top'><p>Sparclub Auental</p><a href='/'>Start</a> | <a href='/b'>"
        "Berichte</a></div><div class='story'><p class='headline'>Mitglieder stimmen für "
        f"das neue Depot</p>{TEXT}</div>"
    )
    assert title_of(body) == "Mitglieder stimmen für das neue Depot"


def test_a_bold_line_under_the_shown_title_does_not_beat_it() -> None:
    body = (
        "<div class='top'><p>Sparclub Auental</p></div><div class='story'>"
        f"<p><b>Mitglieder stimmen für das neue Depot</b></p>{TEXT}</div>"
    )
    assert title_of(body) == "Sparclub Auental"


def test_a_headline_element_above_the_shown_title_does_not_beat_it() -> None:
    body = (
        "<div class='story'><p class='headline'>Mitglieder stimmen für das neue Depot</p>"
        f"<p>Sparclub Auental</p>{TEXT}</div>"
    )
    assert title_of(body) == "Sparclub Auental"
