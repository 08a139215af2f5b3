"""A page's navigation printed as a line of its own in the body (issue 11): a pager or a
page count (:data:`~newsarchive.extract.data.NAV_PAGER_LINE`) or a breadcrumb
(:data:`~newsarchive.extract.data.NAV_CRUMB_SPLIT`) leaves the body wherever it stands
(:func:`~newsarchive.extract.body.clean_lines`)."""

from __future__ import annotations

import re

from newsarchive.extract import data

#: Characters a pager's line may open with (an arrow, a dash, a page number or a letter of
#: its words): a cheap test before the pattern.
_PAGER_FIRST = frozenset("«‹<←&-–(0123456789sSpPbBäÄnNfFvVoOzZwW")


def is_nav_line(line: str) -> bool:
    """True for a short line that is only a pager, a page count or a breadcrumb."""
    if len(line) > data.NAV_LINE_MAX_CHARS or not line:
        return False
    if ("»" in line or "›" in line) and _is_breadcrumb(line):
        return True
    if line[0] not in _PAGER_FIRST or data.NAV_PAGER_LINE.fullmatch(line) is None:
        return False
    return any(c.isalpha() for c in line) or _counts_up(line)


def _counts_up(line: str) -> bool:
    """True for a row of page numbers that counts up from its first number by one ("1 2 3
    … 10"), not a row of figures ("12 15 18")."""
    numbers = [int(n) for n in re.findall(r"\d+", line)]
    return numbers[1] == numbers[0] + 1 and numbers == sorted(numbers)


def _is_breadcrumb(line: str) -> bool:
    """True for two to five short items set apart by "»" or "›", none a sentence."""
    items = data.NAV_CRUMB_SPLIT.split(line.strip())
    return 2 <= len(items) <= 5 and all(
        item
        and len(item.split()) <= data.NAV_CRUMB_MAX_WORDS
        and not any(c in item for c in ".!?:;")
        for item in items
    )
