"""A row of two or more page tools ("Seite drucken | weiterempfehlen", "Back to News |
Printer Friendly Version"): each item short, no sentence, naming a tool
(:data:`~newsarchive.extract.data.TOOL_WORD`); :func:`~newsarchive.extract.body.clean_lines`
drops it wherever it stands."""

from __future__ import annotations

from newsarchive.extract import data


def is_tool_row(line: str) -> bool:
    """True for a line of at least two tool items set apart by pipes or middle dots."""
    if len(line) > data.TOOL_ROW_MAX_CHARS or line.startswith("|"):
        return False
    if "|" not in line and "·" not in line:
        return False
    items = data.TOOL_ROW_SPLIT.split(line.strip())
    return len(items) >= 2 and all(
        len(item.split()) <= data.TOOL_ITEM_MAX_WORDS
        and not item.endswith((".", "!", "?"))
        and data.TOOL_WORD.search(item) is not None
        for item in items
    )
