"""A byline line at the top of the body in the looser forms blogs, club pages, portals and
school papers print (:data:`~newsarchive.extract.data.TOP_BYLINE_LINE`): read among the
body's first lines by :func:`~newsarchive.extract.body.clean_lines`, which drops it."""

from __future__ import annotations

from newsarchive.extract import data


def is_top_byline(line: str) -> bool:
    """True for a byline line (a name after "Von", "by", "Geschrieben von", … with a
    date, a role or a category) that ends no sentence and names no span."""
    return (
        len(line) <= data.TOP_BYLINE_MAX_CHARS
        and not line.rstrip().endswith((".", "!", "?"))
        and data.TOP_BYLINE_LINE.fullmatch(line) is not None
        and not data.TOP_BYLINE_SPAN.search(line)
    )
