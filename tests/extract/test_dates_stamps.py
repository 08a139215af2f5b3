"""Date lines that are no publication (issue 11, dates_aa's misses): a theme's hidden
hAtom ``updated`` stamp beside the shown date, each with the cases the rule must leave
alone, on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.berater.example/baufinanzierung-worauf-sie-achten-sollten/"


def _post(stamp_class: str, shown: str) -> str:
    return (
        "<main><article class='post'><h1>Baufinanzierung: Worauf Sie achten sollten</h1>"
        f"{TEXT}<span class='vcard'>Redaktion</span>"
        f"<span class='{stamp_class}'>2025-03-19T10:00:00+01:00</span>"
        f"<div class='meta-info'>Von <span>Redaktion</span> | <span>{shown}</span>"
        " | <a href='#'>Ratgeber</a></div></article></main>"
    )


@pytest.mark.parametrize(
    ("stamp_class", "shown", "expected"),
    [
        # the hidden stamp of the last change: the shown day is the publication
        ("updated rich-snippet-hidden", "März 14th, 2025", "2025-03-14"),
        ("dt-updated", "14. März 2025", "2025-03-14"),
        # a stamp marked published (and updated) is the publication's: it stays
        ("published updated", "", "2025-03-19T10:00:00+01:00"),
        # a class only naming the word in a longer name is no hAtom stamp
        ("updated-box", "", "2025-03-19T10:00:00+01:00"),
    ],
)
def test_a_hidden_updated_stamp_is_not_the_date_line(
    stamp_class: str, shown: str, expected: str
) -> None:
    assert published_on(_post(stamp_class, shown), "", URL) == expected
