"""The byline's one writer named again with a partner in the page's text ("Vortrag von A
und B auf dem …", "geschrieben von A und B am …"; :data:`~.data.PARTNER_LEAD`): both are
the authors. Kind read in bv, bt and bw (issue 11, session 16)."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.names import is_account, is_role


def with_partner(authors: list[str], nodes: list[tuple[str, bool]]) -> list[str]:
    """``authors`` and the partner a short text node names right after the one writer
    ("von A und B"), outside comments and navigation (a node's flag); else ``authors``."""
    if len(authors) != 1 or " " not in authors[0] or is_account(authors[0]):
        return authors
    writer = authors[0]
    lead = re.compile(data.PARTNER_LEAD + re.escape(writer), re.IGNORECASE)
    for text, skipped in nodes:
        if skipped or len(text) > data.PARTNER_MAX_CHARS or writer not in text:
            continue
        for match in lead.finditer(text):
            joiner = data.PARTNER_JOINER.match(text, match.end())
            partner = joiner and data.BYLINE_NAME.match(text, joiner.end())
            if partner and _is_partner(partner.group(0), writer):
                return [writer, partner.group(0)]
    return authors


def _is_partner(name: str, writer: str) -> bool:
    """True for a second person's full name: two words or more, no role, not the writer."""
    return (
        " " in name
        and name.casefold() != writer.casefold()
        and not is_role(name.lower())
        and not data.SIGNATURE_NOT_NAMES.search(name)
    )
