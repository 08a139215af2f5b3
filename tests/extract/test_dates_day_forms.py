"""A day-first date with the month's name in the forms old blogs, wikis and servers print:
an English ordinal ("Posted on 3rd August 2026"), "of" between the day and the month
(TikiWiki's "Tue 15 of Sep, 2009", "19th of May 2026"), dashes or slashes ("15-Mar-2009
19:40", "15/Mar/2009"): the post line's day, before the comments' days below the text
(issue 11, rd30's date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("das Girokonto jetzt online eröffnet wird")
URL = "http://www.savings-notes.example/index.php?page=online-account"
COMMENTS = (
    "<div class='comments'><h3>Comments</h3>"
    "<p>Ann Marlow, 17.09.2009 08:10</p><p>Thanks, that helped me a lot with my account.</p>"
    "</div>"
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted on 15th September 2009 by Ferris", "2009-09-15"),
        ("By: admin on: Tue 15 of Sep, 2009 [13:05 UTC] (893 reads)", "2009-09-15"),
        ("Posted 15-Sep-2009 13:05", "2009-09-15"),
        ("15/Sep/2009", "2009-09-15"),
    ],
)
def test_the_post_line_s_day_in_its_form(line: str, day: str) -> None:
    page = f"<div id='main'><h1>Opening an account online</h1><p>{line}</p>{TEXT}</div>{COMMENTS}"
    assert (published_on(page, "", URL) or "")[:10] == day


def test_a_comment_s_day_in_those_forms_is_still_a_comment_s() -> None:
    comments = COMMENTS.replace("17.09.2009 08:10", "on 17th of September 2009")
    page = (
        f"<div id='main'><h1>Opening an account online</h1><p>15.09.2009</p>{TEXT}</div>{comments}"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2009-09-15"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wed 12 of Mar, 2008 [10:22 UTC]", "2008-03-12"),
        ("1st May, 2009", "2009-05-01"),
        ("Sunday, 22nd March 2009", "2009-03-22"),
        ("15-Mär-2009", "2009-03-15"),
        ("am 21. August 2021", "2021-08-21"),  # the German form as before
        ("Seite 3 of 12, 2009", None),  # no month's name
        ("Raum 12-März", None),  # no year
        ("the 3rd of them in 2009", None),
    ],
)
def test_day_forms(text: str, day: str | None) -> None:
    assert (parse_german_date(text) or "")[:10] == (day or "")
