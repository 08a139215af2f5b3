"""A write-up's credit under the headline ("Zusammengefasst von A" over a recap,
"Aufgezeichnet von A" over a told story; kind read in half AS, issue 11), on small invented
pages; the words in running text left alone."""

from __future__ import annotations

import pytest
from test_authors_newsroom import authors, page


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Zusammengefasst von Niklas Ebert", ["Niklas Ebert"]),
        ("Aufgezeichnet von Ina Roth", ["Ina Roth"]),
        ("Protokolliert von Ina Roth und Jonas Ferber", ["Ina Roth", "Jonas Ferber"]),
        # the verb in a sentence credits nobody
        ("Die Ergebnisse wurden zusammengefasst von der Arbeitsgruppe vorgestellt.", []),
    ],
)
def test_writeup_leads(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected
