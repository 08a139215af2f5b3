"""Titles whose site name is a domain name standing before or after the headline (issue 11),
on small invented pages: the domain is cut like the site's name."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = (
    "<p>Im Forum berichten Sparerinnen und Sparer, welche Bank noch Zinsen auf das Tagesgeld "
    "zahlt und wie lange die Kontoeröffnung per Video gedauert hat.</p>"
)
URL = "http://www.anlegerrunde-mitte.example/forum/thread.php?id=7"


@pytest.mark.parametrize(
    ("head_title", "expected"),
    [
        ("Zinsrunde.de - Tagesgeld: Wer zahlt noch drei Prozent?",
         "Tagesgeld: Wer zahlt noch drei Prozent?"),
        ("Tagesgeld: Wer zahlt noch drei Prozent? | www.zinsrunde.at",
         "Tagesgeld: Wer zahlt noch drei Prozent?"),
        # a segment naming no domain stays ("3.0" is no top-level domain)
        ("Banking 3.0 - Tagesgeld: Wer zahlt noch drei Prozent?",
         "Banking 3.0 - Tagesgeld: Wer zahlt noch drei Prozent?"),
    ],
)  # fmt: skip
def test_a_domain_before_or_after_the_headline_is_cut(head_title: str, expected: str) -> None:
    body = f"<table><tr><td><b>Forum</b></td></tr><tr><td>{TEXT}</td></tr></table>"
    page = page_with(body, f"<title>{head_title}</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == expected
