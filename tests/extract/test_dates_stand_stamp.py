"""A "Stand:" day over a metadata stamp the page shows nowhere: a template's or a
migration's stamp for publication and modification alike, under a text closed by "Stand:
12.10.2016", is no publication; where the page shows the stamp's day, or the metadata names
no modification (a news page's "Stand:" is its update), the stamp stays (issue 11; read on
dates_dc, dates_cv and dates_bm, session 44)."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://www.finanzblatt.example/nachrichten/sparkassen-auf-instagram.html"
STAMP = "2013-04-22T10:31:12+02:00"


def _head(published: str, modified: str | None) -> str:
    tags = f"<meta property='article:published_time' content='{published}'>"
    if modified:
        tags += f"<meta property='article:modified_time' content='{modified}'>"
    return tags


@pytest.mark.parametrize(
    ("modified", "shown", "stand", "expected"),
    [
        # one stamp for both, its day shown nowhere: the text's "Stand:" day
        (STAMP, "", "Stand: 12.10.2016", "2016-10-12"),
        (STAMP, "", "Stand: 21. Oktober 2016", "2016-10-21"),
        # a publication without a modification: a news page's update line, the stamp stays
        (None, "", "Stand: 21. Oktober 2016", "2013-04-22"),
        # the page shows the stamp's day: the stand is an update
        (STAMP, "<p class='datum'>22.04.2013</p>", "Stand: 12.10.2016", "2013-04-22"),
        # a modification of its own in the metadata: the stamp is the publication
        ("2016-10-12T09:00:00+02:00", "", "Stand: 12.10.2016", "2013-04-22"),
        # two different stands (other items' too): none is the page's
        (STAMP, "", "Stand: 12.10.2016</p><p>Stand: 14.10.2016", "2013-04-22"),
        # a stand before the stamp is no stamp's correction
        (STAMP, "", "Stand: 12.10.2012", "2013-04-22"),
    ],
)
def test_a_stand_day_over_a_stamp_the_page_shows_nowhere(
    modified: str | None, shown: str, stand: str, expected: str
) -> None:
    body = (
        f"<main><article><h1>Sparkassen werben auf Instagram um junge Kunden</h1>{shown}"
        f"{paragraphs('sie auf Instagram wirbt', 4)}<p><em>{stand}</em></p></article></main>"
    )
    published = published_on(body, _head(STAMP, modified), URL)
    assert published is not None
    assert published[:10] == expected


@pytest.mark.parametrize(
    ("stand", "expected"),
    [
        # a year's placeholder for both stamps, shown nowhere: the text's "Stand:" day
        ("Stand: 07.09.2018", "2018-09-07"),
        # a stand before the placeholder is none of its corrections: the placeholder's year
        ("Stand: 07.09.2010", "2011-01-01"),
    ],
)
def test_a_stand_day_over_a_year_placeholder(stand: str, expected: str) -> None:
    """A theme stamping "2011-01-01T00:00:00" on every post, a long text closed by its stand
    (read on dates_cy, session 47)."""
    placeholder = "2011-01-01T00:00:00+01:00"
    body = (
        "<main><article><h1>Sparkassen werben auf Instagram um junge Kunden</h1>"
        f"{paragraphs('sie auf Instagram wirbt', 14)}<p><em>{stand}</em></p></article></main>"
    )
    published = published_on(body, _head(placeholder, placeholder), URL)
    assert published is not None
    assert published[:10] == expected
