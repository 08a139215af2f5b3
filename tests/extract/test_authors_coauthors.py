"""Co-authors the byline shows beside the one author the metadata names (U's kind, issue 11,
judged on half W); the cases left alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://bytes-buchungen.example/posts/webhooks-statt-polling/"
TEXT = "".join(
    f"<p>Im {n}. Schritt haben wir den Abruf der Kontoumsätze bei der Sparkasse Talbach von "
    "Polling auf Webhooks umgestellt und die Kosten dafür gemessen.</p>"
    for n in range(1, 6)
)


def authors(meta: str, byline: str) -> list[str]:
    html = page_with(
        f"<article><h1>Webhooks statt Polling</h1><div class='post-meta'>{byline}"
        f" · 26.01.2026</div>{TEXT}</article>",
        f"<title>Webhooks statt Polling</title><meta name='author' content='{meta}'>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta", "byline", "expected"),
    [
        (
            "Timo Achter",
            "<span>Von <em><a href='/t'>Timo Achter</a></em>, <em><a href='/l'>Lena Brack</a></em>"
            "</span>",
            ["Timo Achter", "Lena Brack"],
        ),
        # the metadata names the second author
        (
            "Lena Brack",
            "<span>von <a href='/j'>Timo Achter</a> und <a href='/h'>Lena Brack</a></span>",
            ["Timo Achter", "Lena Brack"],
        ),
        # a desk after the name is no co-author; a byline of the one author stays
        ("Timo Achter", "<span>Von Timo Achter, MHF Wirtschaft</span>", ["Timo Achter"]),
        ("Timo Achter", "<span>Von Timo Achter</span>", ["Timo Achter"]),
    ],
)
def test_co_authors(meta: str, byline: str, expected: list[str]) -> None:
    assert authors(meta, byline) == expected
