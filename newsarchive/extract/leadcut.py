"""A lead cut off mid-sentence: a site's description shortened at a length ("… von Tipps
zur Altersvorsorge bis z") that the body's opening paragraph starts with. Cutting the lead
off that paragraph split a word or a sentence between lead and body (read on a, b, en_l,
en_m and many more: the sets' snippets that cross the cut were missed); the whole paragraph
becomes the lead instead."""

from __future__ import annotations

from newsarchive.extract import data


def split_opening(lead: str, opening: str) -> tuple[str, str]:
    """The lead and the rest of the body's opening paragraph, which starts with the lead:
    the rest after the lead, or, where the lead ends no sentence, the whole paragraph as the
    lead and no rest."""
    rest = opening[len(lead) :].strip()
    if rest and not lead.rstrip().endswith(data.LEAD_SENTENCE_ENDS):
        return opening, ""
    return lead, rest
