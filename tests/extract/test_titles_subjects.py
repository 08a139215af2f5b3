"""Titles on pages whose ``<h1>`` is the site's name (the whole metadata title, or it and a
page kind) over a post whose heading is an element of a "subject" class (news scripts'
``<b class="fn-subject">``, journals' ``<div class="subject">``): issue 11, on small
invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Investmentclub, wie die Mitglieder über das Depot "
    "abgestimmt haben und was der Vorstand für das kommende Jahr plant.</p>"
    for n in range(1, 4)
)
URL = "http://www.ic-nordheide.example/fullnews.php?fn_id=19"


def title_of(body: str, title: str) -> str:
    head = f"<title>{title}</title>"
    return str(extract(page_with(body, head), URL, fetched_at=FETCHED)["title"])


def test_a_subject_line_under_the_sites_h1_is_the_headline() -> None:
    body = (
        "<div id='top'><h1>Investmentclub Nordheide</h1><p>Gemeinsam anlegen</p></div>"
        "<div class='news'><b class='fn-subject'>Depot zum Jahresende leicht im Plus</b>"
        f"<div class='fn-info'>Geschrieben am 30.12.2002</div>{TEXT}</div>"
    )
    assert title_of(body, "Investmentclub Nordheide - News") == (
        "Depot zum Jahresende leicht im Plus"
    )


def test_a_subtitle_under_the_sites_h1_is_no_headline() -> None:
    body = (
        "<div id='top'><h1>Investmentclub Nordheide</h1></div>"
        "<div class='news'><b class='fn-subtitle'>Gemeinsam anlegen seit dem Jahr 1999</b>"
        f"{TEXT}</div>"
    )
    assert title_of(body, "Investmentclub Nordheide - News") == "Investmentclub Nordheide"
