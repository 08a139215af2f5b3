"""A day in the address overrules the page's other dates, except one after the day its
metadata and its date line agree on: a paper's print edition dating the address
("/2014/03/07/" over a story online since 6 March, 18:30; session 40, read on blind
dates_cu)."""

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
        # the address earlier, or the line on another day than the metadata: the address
        ("2014/03/05", "06.03.2014, 18:30 Uhr", "2014-03-05"),
        ("2014/03/07", "18:30 Uhr", "2014-03-07"),
    ],
)
def test_print_dated_address(address_day: str, shown: str, expected: str) -> None:
    url = f"https://kurier.example/wirtschaft/{address_day}/sparkasse-filialen-id44.html"
    got = published_on(_body(shown), HEAD, url)
    assert got is not None
    assert got[:10] == expected
