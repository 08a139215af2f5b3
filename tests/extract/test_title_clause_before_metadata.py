"""An ``<h1>`` whose end is the metadata title: the words before it are a label ("Kommentar",
"Einheit der Woche") and leave, unless they are a clause of the headline, a word in lower
case among them ("Sparkasse X startet …", "Wir haben unsere …"; session 49, read on
de_full187): then the whole ``<h1>`` is the headline. Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.sparkasse-musterstadt.example/presse/finanzbildung-tiktok"
TEXT = paragraphs("sie auf Instagram und TikTok über Geld spricht")
META = "Finanzbildung auf Instagram und TikTok"


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        (f"Sparkasse Musterstadt startet {META}", f"Sparkasse Musterstadt startet {META}"),
        (f"Wir starten {META}", f"Wir starten {META}"),
        # a label of capitalised words (and small words) before it: the metadata title
        (f"Kommentar {META}", META),
        (f"Thema der Woche {META}", META),
    ],
)
def test_a_clause_before_the_metadata_title_stays(h1: str, expected: str) -> None:
    head = (
        f"<title>{META} | Sparkasse Musterstadt</title><meta property='og:title' content='{META}'>"
    )
    body = f"<main><article><h1>{h1}</h1>{TEXT}</article></main>"
    assert extract(page_with(body, head), URL, fetched_at=FETCHED)["title"] == expected
