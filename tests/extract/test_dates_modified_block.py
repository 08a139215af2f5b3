"""A theme's modification day in a block of its own ("wp-block-post-date__modified-date", a
"post-modified" block) is the change's day, not the publication: passed over like the other
parts with other dates (issue 11; data/modifiedparts ``MODIFIED_DATE_PARTS``); small pages
written for the test; a theme's hidden rich snippet ("rich-snippet-hidden") too."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("das Girokonto für Schüler kostenlos bleibt")
URL = "https://blog.schulgeld.example/girokonto-fuer-schueler"


def _page(changed: str) -> str:
    return (
        "<main><h1>Girokonto für Schüler bleibt kostenlos</h1><div class='post-dates'>"
        f"<div class='{changed}'><time datetime='2024-05-17T09:30:00+02:00'>17. Mai 2024</time>"
        "</div><div class='wp-block-post-date'><time datetime='2024-05-02T08:00:00+02:00'>"
        f"2. Mai 2024</time></div></div>{TEXT}</main>"
    )


@pytest.mark.parametrize(
    "changed",
    ["wp-block-post-date wp-block-post-date__modified-date", "post-modified", "last-modified"],
)
def test_modified_block_is_no_publication(changed: str) -> None:
    found = published_on(_page(changed), "", URL)
    assert found is not None
    assert found[:10] == "2024-05-02"


def test_published_updated_time_still_dates() -> None:
    # guard: WordPress's classic "entry-date published updated" <time> is the publication
    body = (
        "<main><h1>Girokonto für Schüler bleibt kostenlos</h1><span class='posted-on'><time "
        "class='entry-date published updated' datetime='2024-05-02T08:00:00+02:00'>2. Mai 2024"
        f"</time></span>{TEXT}</main>"
    )
    found = published_on(body, "", URL)
    assert found is not None
    assert found[:10] == "2024-05-02"


def test_a_hidden_rich_snippet_stamp_is_no_date_line() -> None:
    # Avada's hidden "updated" span before the shown meta line (session 43, read on dates_aa)
    body = (
        "<main><h1>Girokonto für Schüler bleibt kostenlos</h1><span class='updated "
        "rich-snippet-hidden'>2024-05-17T10:00:00+02:00</span><div class='fusion-meta-info'>"
        f"Von <a href='#'>Redaktion</a> | <span>Mai 2nd, 2024</span></div>{TEXT}</main>"
    )
    found = published_on(body, "", URL)
    assert found is not None
    assert found[:10] == "2024-05-02"
