"""A title that names no post, a weblog's day heading or a fediverse account's "Name
(@user@host)", gives way to the post's own heading after it (issue 11;
:mod:`~newsarchive.extract.posthead`); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

TEXT = paragraphs("das Girokonto ab Januar mehr kostet")
URL = "http://www.sparblog.example/archives/00000042.htm"


def _title(body: str, head: str = "<title>Sparblog</title>", url: str = URL) -> str:
    return extract(page_with(body, head), url, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("day", "post"),
    [
        (
            "Montag, 10. Juni 2002",
            "<div class='post'><p><b>Zwei Jahre Tagesgeld</b></p></div>",
        ),
        ("Tuesday, March 9, 2004", "<p><font size='3'><b>My bank has a website now</b></font></p>"),
        ("Tuesday Mar 14, 2006", "<h4>Fees, fees and more fees</h4>"),
    ],
)
def test_day_heading_gives_way_to_the_post(day: str, post: str) -> None:
    body = f"<div class='banner'>Sparblog</div><h2 class='date-header'>{day}</h2>{post}{TEXT}"
    assert _title(body) != day
    assert _title(body) in post


def test_account_title_gives_way_to_the_post() -> None:
    head = "<title>Lena Roth (@lena@social.example) – GoToSocial</title>"
    body = (
        "<header><h2>Lena Roth</h2><p>@lena@social.example</p></header><main>"
        "<article class='status'><p><strong>Bargeld im Dorf: was jetzt noch geht</strong></p>"
        f"{TEXT}<p class='info'><time>29. Nov. 2022, 18:02</time></p></article>"
        "<h3>Antworten</h3><ul><li><b>Heinz Holz</b> · 30.11.2022<br>Danke.</li></ul></main>"
    )
    url = "https://social.example/@lena/statuses/01HQ3X"
    assert _title(body, head, url) == "Bargeld im Dorf: was jetzt noch geht"


@pytest.mark.parametrize(
    "title",
    [
        "Zinsen im Juni 2002: was Sparer wissen müssen",  # a date inside a headline
        "Lena Roth über Bargeld im Dorf",  # a name without a handle
    ],
)
def test_headlines_stay(title: str) -> None:
    body = f"<h1>{title}</h1><p><b>Ein fetter erster Satz steht hier</b></p>{TEXT}"
    assert _title(body, f"<title>{title}</title>") == title
