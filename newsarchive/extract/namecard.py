"""A post's name card: the writer's full name alone in its element, the writer's role in
the next ("Anna Roth" over "Rechtsanwältin", "Principal Analyst", "Inhaber,
Versicherungsfachmann (IHK)", "Team Paylinde"), near the headline: a firm's, a
consultant's or a product blog's author card, read like a member card where nothing else
names anyone but the site (issue 11; kind read in bv, de_full21, de_full30 and en_h). A
card under a contact label ("Pressekontakt", "Media contact": :data:`~.data.CONTACT_BLOCK`)
is the press officer to call, not the writer (session 45, read on de_full167 and en_bf)."""

from __future__ import annotations

import re
from itertools import pairwise

from newsarchive.extract import data
from newsarchive.extract.givenname import without_titles
from newsarchive.extract.names import is_heading, is_role
from newsarchive.extract.roles import leading_role


def name_card(nodes: list[tuple[str, bool]]) -> list[str]:
    """The full name of the first name card in the first :data:`~.data.NAME_CARD_NODES`
    byline nodes: a person's full name alone over a role line (:func:`card_role`), with
    the co-authors' cards right after it (:func:`_next_cards`); none of the cards in the
    :data:`~.data.NAME_CARD_CONTACT_NODES` nodes after a contact label (not a menu's)."""
    window = nodes[: data.NAME_CARD_NODES]
    contact = -data.NAME_CARD_CONTACT_NODES - 1  # where the last contact label stood
    for i, ((text, skip), (after, _)) in enumerate(pairwise(window)):
        if not skip and data.CONTACT_BLOCK.fullmatch(text):
            contact = i  # "Pressekontakt" over "Katrin Albers" / "Pressesprecherin" / phone
        elif i - contact > data.NAME_CARD_CONTACT_NODES and (
            not skip and _full_name(text) and card_role(after)
        ):
            return list(dict.fromkeys([text, *_next_cards(nodes[i + 2 :])]))  # once each
    return []


def _next_cards(nodes: list[tuple[str, bool]]) -> list[str]:
    """The names of the name cards that follow one another from the first of ``nodes``
    ("Anna Roth" "Rechtsanwältin" "Jan Kolde" "Rechtsanwalt": two writers' cards side by
    side), at most :data:`~.data.CO_BYLINES_MAX`; the first node that opens no card ends
    them (kind read in de_full30, issue 11)."""
    found: list[str] = []
    while len(nodes) > 1 and len(found) < data.CO_BYLINES_MAX:
        (text, skip), (after, _) = nodes[0], nodes[1]
        if skip or not _full_name(text) or not card_role(after) or text in found:
            break
        found.append(text)
        nodes = nodes[2:]
    return found


def _full_name(text: str) -> bool:
    """Whether ``text`` is one person's full name alone (no organisation, no team)."""
    return (
        " " in text
        # (an academic title before it: "Dr. Henrike Lammers" over "Geschäftsführerin")
        and data.BYLINE_NAME.fullmatch(without_titles(text)) is not None
        and not data.FORMAL_SIGNATURE_NOT_NAMES.search(text)
        and not data.SIGNATURE_NOT_NAMES.search(text)
        and not is_heading(text)  # "Weitere Meldungen" over a list of them
    )


def card_role(text: str) -> bool:
    """Whether ``text`` is a role line: short, one of its parts (split at "/", ",", "·")
    a role (:func:`~.names.is_role`, :func:`~.roles.leading_role`) or opening with one of
    :data:`~.data.NAME_CARD_ROLE_WORDS`; never a labelled line ("Autor:" with the name in
    the next element, "Autor: A": the line over it is the headline; session 43)."""
    if len(text) > data.NAME_CARD_ROLE_MAX_CHARS or any(c.isdigit() for c in text):
        return False
    if ":" in text:
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
