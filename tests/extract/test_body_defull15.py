"""Body rules from de_full12's, de_full13's and de_full14's misses, judged on de_full15 and
de_full16 (issue 11): kinds of page part read on those sets, each on small invented pages,
with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract

URL = "https://zeitung.example/wirtschaft/phishing-welle-2026.html"
BACKGROUND = (
    "Der Begriff Phishing setzt sich aus zwei englischen Wörtern zusammen, die Täter werfen "
    "ihre Köder massenhaft aus."
)


@pytest.mark.parametrize(
    "box",
    [
        f'<div class="infobox grid-col"><div class="cmp-infobox"><p>Info</p><p>{BACKGROUND}</p>'
        "</div></div>",
        f'<div class="fact-box"><div><div><h3>Hintergrund</h3><p>{BACKGROUND}</p></div></div>'
        "</div>",
    ],
)
def test_a_fact_box_in_a_wrapper_stays_its_label_leaves(box: str) -> None:
    body = extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"]
    assert BACKGROUND in body
    assert "Hintergrund" not in body


@pytest.mark.parametrize(
    "box",
    [
        f'<div class="infobox"><div class="cmp-infobox"><p>{BACKGROUND}</p></div></div>',
        f'<div class="infobox">Anzeige<div><p>Info</p><p>{BACKGROUND}</p></div></div>',
    ],
)
def test_a_wrapped_box_without_a_label_still_leaves(box: str) -> None:
    body = extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"]
    assert BACKGROUND not in body
