"""A post's name card: the writer's full name alone in its element, the writer's role in
the next ("Anna Roth" over "Rechtsanwältin", "Principal Analyst", "Inhaber,
Versicherungsfachmann (IHK)", "Team Paylinde"), near the headline: a firm's, a
consultant's or a product blog's author card, read like a member card where nothing else
names anyone but the site (issue 11; kind read in bv, de_full21, de_full30 and en_h)."""

from __future__ import annotations

import re
from itertools import pairwise

from newsarchive.extract import data
from newsarchive.extract.names import is_role
from newsarchive.extract.roles import leading_role


def name_card(nodes: list[tuple[str, bool]]) -> list[str]:
    """The full name of the first name card in the first :data:`~.data.NAME_CARD_NODES`
    byline nodes: a person's full name alone over a role line (:func:`card_role`)."""
    for (text, skip), (after, _) in pairwise(nodes[: data.NAME_CARD_NODES]):
        if not skip and _full_name(text) and card_role(after):
            return [text]
    return []


def _full_name(text: str) -> bool:
    """Whether ``text`` is one person's full name alone (no organisation, no team)."""
    return (
        " " in text
        and data.BYLINE_NAME.fullmatch(text) is not None
        and not data.FORMAL_SIGNATURE_NOT_NAMES.search(text)
        and not data.SIGNATURE_NOT_NAMES.search(text)
    )


def card_role(text: str) -> bool:
    """Whether ``text`` is a role line: short, one of its parts (split at "/", ",", "·")
    a role (:func:`~.names.is_role`, :func:`~.roles.leading_role`) or opening with one of
    :data:`~.data.NAME_CARD_ROLE_WORDS`."""
    if len(text) > data.NAME_CARD_ROLE_MAX_CHARS or any(c.isdigit() for c in text):
        return False
    for part in re.split(r"\s*[/,·|]\s*", text):
        words = part.split()
        if words and (
            is_role(part.lower())
            or leading_role(words[0])
            or words[0].lower() in data.NAME_CARD_ROLE_WORDS
        ):
            return True
    return False
