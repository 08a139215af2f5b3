"""The heading of the other articles' list after the text: the date line's
(:data:`~newsarchive.extract.data.DATE_OTHERS_HEADING`) and the body's earlier, related or
section's own others (:data:`~newsarchive.extract.data.BODY_OTHERS_HEADING`: "Mehr aus dem
Blog", "Ältere Nachrichten", "Related publications"; round rb29)."""

from __future__ import annotations

from newsarchive.extract import data


def is_others_heading(head: str) -> bool:
    """Whether ``head`` (a line, or its part before a colon) names a list of other
    articles."""
    return bool(
        data.DATE_OTHERS_HEADING.fullmatch(head) or data.BODY_OTHERS_HEADING.fullmatch(head)
    )
