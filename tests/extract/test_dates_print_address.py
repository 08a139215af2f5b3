"""A day in the address overrules the page's other dates, except one after the day its
metadata and its date line agree on: a paper's print edition dating the address
("/2014/03/07/" over a story online since 6 March, 18:30; session 40, read on blind
dates_cu), or the day its date markup and its date line agree on (an update's or a
repost's address and metadata; session 48, read on de_full115 and de_full97); nor one to
three days before the day the metadata and the line agree on, the story's created day,
unless it is that moment's UTC day (session 65, read on dates_ho)."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie zwölf Filialen schließt")
HEAD = "<meta property='article:published_time' content='2014-03-06T17:30:00Z'>"


def _body(shown: str) -> str:
    return (
        "<main><article><h1>Sparkasse schließt zwölf Filialen</h1>"
        f"<p class='meta'>Von Hanna Muster <time datetime='2014-03-06T18:30:00+01:00'>{shown}"
        "</time></p>"
        f"{TEXT}<p>Erschienen in der Printausgabe vom 07.03.2014</p></article></main>"
    )


@pytest.mark.parametrize(
    ("address_day", "shown", "expected"),
    [
        ("2014/03/07", "06.03.2014, 18:30 Uhr", "2014-03-06"),
        # the address a day earlier: the story's created day (session 65)
        ("2014/03/05", "06.03.2014, 18:30 Uhr", "2014-03-06"),
        # the address weeks earlier, or the line on another day than the metadata: the address
        ("2014/02/20", "06.03.2014, 18:30 Uhr", "2014-02-20"),
        ("2014/03/07", "18:30 Uhr", "2014-03-07"),
    ],
)
def test_print_dated_address(address_day: str, shown: str, expected: str) -> None:
    url = f"https://kurier.example/wirtschaft/{address_day}/sparkasse-filialen-id44.html"
    got = published_on(_body(shown), HEAD, url)
    assert got is not None
    assert got[:10] == expected


def _marked_body(marked: bool) -> str:
    day = "<time class='entry-date published' datetime='2026-01-20'>20.01.2026</time>"
    return (
        "<main><article><h1>Sparkasse schließt zwölf Filialen</h1>"
        f"<p class='meta'>Von Hanna Muster · {day if marked else '20.01.2026'}</p>"
        f"{TEXT}</article></main>"
    )


@pytest.mark.parametrize(("marked", "expected"), [(True, "2026-01-20"), (False, "2026-01-22")])
def test_an_address_after_the_day_the_markup_and_the_line_agree_on(
    marked: bool, expected: str
) -> None:
    head = "<meta property='article:published_time' content='2026-01-22T08:15:00+00:00'>"
    url = "https://kurier.example/2026/01/22/sparkasse-filialen/"
    got = published_on(_marked_body(marked), head, url)
    assert got is not None
    assert got[:10] == expected


@pytest.mark.parametrize(
    ("address_day", "moment", "shown", "expected"),
    [
        # created the evening before, online the next morning (session 65, dates_ho)
        ("2024/11/05", "2024-11-06T06:15:00+01:00", "06.11.2024, 06:15 Uhr", "2024-11-06"),
        # the address is the moment's UTC day (00:10 German time): the address
        ("2022/08/03", "2022-08-04T00:10:00+02:00", "04.08.2022, 00:10 Uhr", "2022-08-03"),
    ],
)
def test_an_address_dated_the_day_the_story_was_created(
    address_day: str, moment: str, shown: str, expected: str
) -> None:
    head = f"<meta property='article:published_time' content='{moment}'>"
    body = (
        "<main><article><h1>Falsche Sparkassen-Profile auf Instagram</h1>"
        f"<p class='meta'>dpa · <time datetime='{moment}'>{shown}</time></p>{TEXT}"
        "</article></main>"
    )
    url = f"https://morgenpost.example/sachsen/{address_day}/falsche-profile-a-88213.html"
    got = published_on(body, head, url)
    assert got is not None
    assert got[:10] == expected
