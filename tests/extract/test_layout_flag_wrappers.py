"""A wrapper's layout flags ("with-navbar", "has-sidebar") say what the page beside it
shows, not that the wrapper is a navigation bar or a side column: what it holds is read
(issue 11, session 51; read on en_bq, whose byline field sat in Zen's
"#main-inner.with-navbar", on de_full83 and bo)."""

from __future__ import annotations

import pytest
from lxml import etree

from newsarchive.extract.nodes import skipped_part


@pytest.mark.parametrize(
    ("classes", "skipped"),
    [
        ("clear-block with-navbar", False),
        ("layout has-sidebar", False),
        ("page with-subnav has-sidebar-left", False),
        ("navbar", True),
        ("sidebar", True),
        ("with-navbar sidebar", True),  # the part itself, beside a flag
    ],
)
def test_a_wrappers_layout_flags_name_no_part(classes: str, skipped: bool) -> None:
    assert skipped_part(etree.Element("div", {"class": classes})) is skipped
