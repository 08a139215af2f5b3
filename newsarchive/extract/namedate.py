"""A post head's name alone in its own element, between the headline and the text, with
the post's date in the next ones ("Ole Brandes" "•" "22.8.2022", "Finja Roth" "·" "29. Juni
2021", a community post's "Melina Roth" "Mitglied" "May 8, 2023"): a developer blog's,
changelog's or community's post header, read like "Name · Datum" in one line (issue 11,
halves DE_FULL29, BP and BJ); and the other way round, the date first ("03.11.2026" "·
Heiko Roth": halves DE_FULL2, BB and BS)."""

from __future__ import annotations

import re
from itertools import pairwise

from newsarchive.extract import data
from newsarchive.extract.bylines import text_bylines, without_reading_time
from newsarchive.extract.names import is_heading, split_authors, without_site_names
from newsarchive.extract.text import fold

#: The date forms a post head's date is read in (:mod:`~.data.dates`).
_DATE_FORMS = (
    data.DATE_NUMERIC,
    data.DATE_NUMERIC_SHORT_YEAR,
    data.DATE_LONG,
    data.DATE_MONTH_FIRST,
)


def head_byline(
    nodes: list[tuple[str, bool]],
    title: str | None,
    site_keys: frozenset[str] | set[str],
    lead: str | None = None,
) -> list[str]:
    """The names a post head shows under the chosen headline over the post's date, read
    as a byline text ("Ole Roth · 22.8.2022"); the last source, where nothing else names
    anyone but the site. The ``lead`` (the page's description) may stand between."""
    head = with_head_byline(nodes, title, lead)
    if head is nodes:
        return []
    names = without_site_names(split_authors(text_bylines(head)), site_keys)[0]
    return [n for n in names if not is_heading(n)]  # "Ask Question" beside the date


def member_card(nodes: list[tuple[str, bool]]) -> list[str]:
    """The full name of the first member card ("Anke Roth" over "Mitglied" or "52 Beiträge";
    :data:`~.data.MEMBER_STATUS`) in the first byline nodes: the opening post's writer."""
    window = nodes[: data.MEMBER_CARD_NODES]
    for (text, _), (after, _) in pairwise(window):
        if (
            data.MEMBER_STATUS.fullmatch(after)
            and "," not in text
            and _names_alone(text)
            and not data.SIGNATURE_NOT_NAMES.search(text)
        ):
            return [text]
    return []


def with_head_byline(
    nodes: list[tuple[str, bool]], title: str | None, lead: str | None = None
) -> list[tuple[str, bool]]:
    """The byline nodes with a post head's name node read with its date ("Ole Roth ·
    22.8.2022"), where the name stands right under the chosen headline, perhaps after the
    ``lead`` (a theme's description under the headline, then the date and the names: Hugo
    PaperMod's "26. Januar 2025 · 7 Min. · Marta Wendt"); else ``nodes``."""
    head = headline_index(nodes, title)
    if head is None:
        return nodes
    after_lead = False
    for i in range(head + 1, min(head + 1 + data.HEAD_NAME_NODES, len(nodes))):
        text, skip = nodes[i]
        if skip or len(text) > data.BYLINE_MAX_CHARS or text.count(" ") >= data.HEAD_TEXT_WORDS:
            if i == head + 1 and lead and text.casefold() == fold(lead).casefold():
                after_lead = True  # the description: only a date then names may follow
                continue
            return nodes  # a part or a paragraph of the text: past the post's head
        byline = None if after_lead else _name_over_date(nodes, i)
        if byline:
            return [*nodes[:i], (byline, False), *nodes[i + 1 :]]
        byline, used = _date_over_name(nodes, i)
        if byline:
            return [*nodes[:i], (byline, False), *nodes[i + 1 + used :]]
    return nodes


def headline_index(nodes: list[tuple[str, bool]], title: str | None) -> int | None:
    """The index of the first node outside skipped parts that shows the title whole."""
    if not title:
        return None
    shown = fold(title).casefold()
    for i, (text, skip) in enumerate(nodes[: data.HEAD_TITLE_NODES]):
        if not skip and text.casefold() == shown:
            return i
    return None


def _name_over_date(nodes: list[tuple[str, bool]], i: int) -> str | None:
    """ "Name · Datum" where node ``i`` is one or more full names alone and a date opens one
    of the next :data:`~.data.HEAD_DATE_GAP` + 1 nodes after separators, small numbers or
    one short line without digits (a member level, a role; no date label such as
    "Datum" or "Veröffentlicht": the date is a labelled field's, the name no byline)."""
    text = nodes[i][0]
    if not _names_alone(text):
        return None
    for gap, (after, skip) in enumerate(nodes[i + 1 : i + 2 + data.HEAD_DATE_GAP]):
        if skip:
            return None
        if _opens_with_date(after):
            return f"{text} · {after}"
        if any(label.fullmatch(after) for label in data.DATE_LABEL_RANKS):
            return None  # "Quelle" "Zeitung Nord" "Datum" "09.03.2021": a labelled field
        if not data.HEAD_DATE_BETWEEN.fullmatch(after) or gap == data.HEAD_DATE_GAP:
            return None
    return None


def _is_date(text: str) -> bool:
    """Whether ``text`` is a date alone, perhaps with its time, in one of the forms
    :mod:`~.data.dates` reads ("03.11.2026", "1. März 2022, 14:05 Uhr")."""
    return any(pattern.fullmatch(text) for pattern in _DATE_FORMS)


def _opens_with_date(text: str) -> bool:
    """Whether ``text`` opens with a date in one of the forms :mod:`~.data.dates` reads
    ("22.8.2022", "22.8.22", "29. Juni 2021", "May 8, 2023")."""
    return any(pattern.match(text) for pattern in _DATE_FORMS)


def _date_over_name(nodes: list[tuple[str, bool]], i: int) -> tuple[str | None, int]:
    """ "Name · Datum" and the number of nodes it takes after node ``i``, where node ``i`` is
    the post's date alone (perhaps with its time) and the next node a separator and
    one or more full names ("03.11.2026" "· Heiko Roth"), or a separator and then the names
    in the node after it; no word of the post's state or kind (:data:`~.data.HEAD_NOT_NAMES`);
    else ``(None, 0)``."""
    if not _is_date(nodes[i][0]):
        return None, 0
    # (a reading time before the names is a separator: "· 6 Min. Lesezeit · A"; session 43)
    after = [without_reading_time(text) for text, skip in nodes[i + 1 : i + 3]]
    if not after or nodes[i + 1][1]:
        return None, 0
    named = data.HEAD_NAMES_AFTER_DATE.fullmatch(after[0])
    if named:
        names, used = named.group("names"), 1
    elif len(after) > 1 and not nodes[i + 2][1] and data.HEAD_SEPARATOR.fullmatch(after[0]):
        names, used = after[1], 2
    else:
        return None, 0
    if data.HEAD_NOT_NAMES.search(names) or not _names_alone(names):
        return None, 0
    return f"{names} · {nodes[i][0]}", used


def _names_alone(text: str) -> bool:
    """Whether ``text`` is one or more full names alone (joined by commas or "und"/"and"/"&":
    "Marta Wendt und Ole Fries"), no organisation."""
    return all(
        " " in n
        and data.BYLINE_NAME.fullmatch(n)
        and " von " not in f" {n} "
        and not data.FORMAL_SIGNATURE_NOT_NAMES.search(n)  # "Sparkasse Nord": no person
        for n in re.split(r", | und | and | & ", text)
    )
