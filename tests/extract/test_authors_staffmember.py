"""A newspaper's staff lead naming the writer as a member of the newsroom or its
correspondent ("Von unserem Redaktionsmitglied A", "Von unserer Berichterstatterin A"; kind
read in half AR, issue 11), on small invented pages; "unser" before other words left alone."""

from __future__ import annotations

import pytest
from test_authors_newsroom import authors, page


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von unserem Redaktionsmitglied Anke Brehm", ["Anke Brehm"]),
        ("<i>Von unserem Redaktionsmitglied Anke Brehm</i>", ["Anke Brehm"]),
        ("Von unserer Berichterstatterin Ina Roth", ["Ina Roth"]),
        (
            "Von unseren Redaktionsmitgliedern Ina Roth und Jonas Ferber",
            ["Ina Roth", "Jonas Ferber"],
        ),
        # members that are no newsroom's credit nobody
        ("Von unseren Mitgliedern gewählt", []),
    ],
)
def test_member_leads(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected
