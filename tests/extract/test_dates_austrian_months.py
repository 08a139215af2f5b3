"""Austrian month names and their abbreviations ("Jänner", "Jän.", "Feber"; ``data.MONTHS``;
"Jän." read on dates_cr, issue 11, session 42)."""

from __future__ import annotations

import pytest

from newsarchive.extract.datetext import parse_german_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("9. Jän. 2012, 14:05", "2012-01-09"),
        ("9. Jän 2012", "2012-01-09"),
        ("14. Jänner 2009, 11:20", "2009-01-14"),
        ("3. Feber 2010", "2010-02-03"),
    ],
)
def test_austrian_month_names(text: str, day: str) -> None:
    assert (parse_german_date(text, None) or "")[:10] == day
