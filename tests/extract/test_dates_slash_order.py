"""An ambiguous slashed day in a date line ("12/02/2007 21:30:00 by …", a blog's post footer)
is read in the order the page's other slashed dates show (a comment's "14/02/2007" can only
be day first; "11/22/2000" only month first); alone, or with others that disagree, it stays
no date line (issue 11, rd23's date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.slashorder import page_order

TEXT = paragraphs("das Kartenlimit angepasst wird")
URL = "http://www.kleingeld-notizen.example/index.php?itemid=57"


def _post(stamp: str, comment: str) -> str:
    return (
        f"<div class='item'><h2>Meine Bank ist jetzt bei MySpace</h2>{TEXT}"
        f"<p>{stamp} by <a href='#'>Hesper Quainton</a> in Money</p></div>"
        "<div class='comments'><h3>Comments</h3>"
        f"<p>Das kenne ich auch.</p><p class='comment-info'>Gil - {comment}</p></div>"
    )


@pytest.mark.parametrize(
    ("stamp", "comment", "expected"),
    [
        # a comment's day above 12 first: the page writes its days first
        ("12/02/2007 21:30:00", "14/02/2007", "2007-02-12"),
        ("04/10/2005", "16/10/2005", "2005-10-04"),
        # a comment's day above 12 second: the page writes its months first
        ("03/04/2011 09:15", "03/17/2011", "2011-03-04"),
    ],
)
def test_an_ambiguous_slashed_day_takes_the_page_s_order(
    stamp: str, comment: str, expected: str
) -> None:
    assert (published_on(_post(stamp, comment), "", URL) or "")[:10] == expected


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        # Drupal's default "D, m/d/Y - H:i" reads month first where the page does not tell
        ("14. Februar 2007", "2007-04-03"),
        ("03/17/2007", "2007-04-03"),
        # ... and day first where its other slashed dates do (a British site's own format,
        # session 64, read on en_en)
        ("27/02/2007", "2007-03-04"),
    ],
)
def test_drupal_s_clock_after_a_slashed_day_yields_to_the_page_s_order(
    comment: str, expected: str
) -> None:
    post = _post("Mon, 04/03/2007 - 17:30", comment)
    assert (published_on(post, "", URL) or "")[:10] == expected


@pytest.mark.parametrize("comment", ["06/10/2005", "14. Februar 2007"])
def test_an_ambiguous_slashed_day_without_a_certain_sibling_is_no_date_line(
    comment: str,
) -> None:
    # the comment's day does not tell the order: the post's "04/10/2005" is still unread
    found = published_on(_post("04/10/2005", comment), "", URL) or ""
    assert found[:10] not in ("2005-04-10", "2005-10-04")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["12/02/2007 by", "Gil - 14/02/2007"], True),
        (["12/02/2007 by", "Posted 11/22/2000"], False),
        (["12/02/2007 by", "10/02/2005 07:05:00 PM"], False),
        (["12/02/2007 by", "06/10/2005"], None),
        # the page's dates disagree: no order
        (["14/02/2007", "11/22/2000"], None),
    ],
)
def test_the_page_s_slashed_order(texts: list[str], expected: bool | None) -> None:
    assert page_order([(t, False) for t in texts]) is expected
