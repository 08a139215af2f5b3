"""A republished copy's writers: the note saying the text appeared first elsewhere names
them ("Dieser Artikel von A erschien zuerst bei X", "Text: A. Dieser Artikel erschien zuerst
…", "Quelle: X, Text: A"; :data:`~.data.reprints.REPRINT_NOTES`). They wrote it; the blog
owner whose byline, bio box or login the copy carries reposted it (session 51, read on the
republished kind: de_full200, de_full202, de_full205, de_full207). The day such a note gives
(a copy's original, a moved post's first day) and a labelled "Quelle" field naming an agency
are read with them, before the boilerplate leaves the tree (:func:`copy_notes`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.data.reprints import (
    EDITOR_LABEL,
    FIRST_WORDS,
    MIGRATED_FIRST_DAY,
    MIGRATED_WORDS,
    MIGRATION_HINT,
    MIGRATION_WORDS,
    NOTE_WINDOW_CHARS,
    RELEASE_DATELINE,
    RELEASE_DATELINE_LINES,
    REPRINT_DAY,
    REPRINT_NOTES,
    SOURCE_FIELD_LABELS,
    SOURCE_FIELD_XPATH,
    TRANSLATION_MARK,
)
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.names import split_authors
from newsarchive.extract.parsing import element_text
from newsarchive.extract.sourcewriters import earlier_day, source_agencies, source_line

#: The stretches of a page's text around each of a note's words (:func:`_windows`).
Windows = dict[tuple[str, ...], list[str]]


class CopyNotes(NamedTuple):
    """What a page says of its text's origin (:func:`copy_notes`)."""

    writers: list[str]  # the writers a republication note names
    note_day: str | None  # the text after a note's "erschien zuerst am"
    moved_day: str | None  # the first day a moved post's note gives
    fielded: bool  # a labelled "Quelle" field names an agency


def copy_notes(
    tree: etree._Element, text: str, fetched_at: datetime | None, desk: bool
) -> CopyNotes:
    """The page's notes on its text's origin in ``text`` (the ``<body>``'s text, read before
    the boilerplate leaves the tree), each searched only where the text holds its words;
    the source field where the byline credits a desk (``desk``) only."""
    moved = migrated_day(text, fetched_at)
    windows: Windows = {FIRST_WORDS: list(_windows(text, FIRST_WORDS))}
    # (a translation's note gives the original's day, not the German text's)
    days = (REPRINT_DAY.search(w) for w in windows[FIRST_WORDS] if not TRANSLATION_MARK.search(w))
    match = next(filter(None, days), None)
    note_day = match.group("day") if match else None
    fielded = desk and bool(source_field(tree))
    return CopyNotes(reprint_writers(text, windows), note_day, moved, fielded)


def source_field(tree: etree._Element) -> list[str]:
    """The agencies a labelled "Quelle" field names: a Drupal field's label and item
    ("<div class='field-label'>Quelle:&nbsp;</div><div class='field-items'>dpa</div>"), a
    theme's "QUELLE" over a link (session 51, read on de_full201 and de_full207; the judges
    credit the agency on all six read pages with such a field)."""
    for label in tree.xpath(SOURCE_FIELD_XPATH):
        following = label.getnext()
        if (
            element_text(label).strip(" :\xa0").lower() in SOURCE_FIELD_LABELS
            and following is not None
        ):
            agencies = split_authors([f"Quelle: {element_text(following)}"])[1]
            if agencies:
                return agencies
    return []


def reprint_writers(text: str, windows: Windows | None = None) -> list[str]:
    """The writers the first republication note in ``text`` names, each a full name and no
    group ("Redaktion", "Team"); [] without such a note. (``windows``: the stretches around
    each pattern's words, found once a page.)"""
    windows = {} if windows is None else windows
    for pattern, words in REPRINT_NOTES:
        if words not in windows:
            windows[words] = list(_windows(text, words))
        for window in windows[words]:
            match = pattern.search(window)
            if match is None or data.SIGNATURE_NOT_NAMES.search(match.group("names")):
                continue
            names = split_authors([match.group("names")])[0]
            if names and all(" " in n for n in names):
                return names
    return []


def _windows(text: str, words: tuple[str, ...]) -> Iterator[str]:
    """The stretches of ``text`` around each of ``words`` (:data:`~.data.NOTE_WINDOW_CHARS`
    either side): a note's patterns run there, not over the whole page (measured: the
    patterns over a page's whole text cost a tenth of the extraction's time)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield text[max(0, at - NOTE_WINDOW_CHARS) : at + NOTE_WINDOW_CHARS]
            at = text.find(word, at + NOTE_WINDOW_CHARS)


def migrated_day(visible: str, fetched_at: datetime | None) -> str | None:
    """The first day a note on a post moved from an older site gives ("Dieser Beitrag
    erschien ursprünglich am 5. März 2017 auf unserem alten Blog und wurde beim Umzug …
    übernommen"; :data:`~.data.reprints.MIGRATED_FIRST_DAY` near a
    :data:`~.data.reprints.MIGRATION_HINT`)."""
    for window in _windows(visible, MIGRATION_WORDS):
        if not any(word in window for word in MIGRATED_WORDS) or not MIGRATION_HINT.search(window):
            continue
        for pattern in MIGRATED_FIRST_DAY:
            found = pattern.search(window)
            day = parse_german_date(found.group("day"), fetched_at) if found else None
            if day:
                return day[:10]
    return None


def release_day(lines: list[str], fetched_at: datetime | None) -> str | None:
    """The day of a press release's dateline in the text's first lines ("CHARLOTTE, N.C.,
    April 2, 2024 /PRNewswire/ --", :data:`~.data.reprints.RELEASE_DATELINE`), read as a
    moved post's first day: it dates the release where the newsroom's post came later."""
    found = RELEASE_DATELINE.search(" ".join(lines[:RELEASE_DATELINE_LINES]))
    day = parse_german_date(found.group("day"), fetched_at) if found else None
    return day[:10] if day else None


def reprint_day(
    notes: CopyNotes, published: str | None, fetched_at: datetime | None, lines: list[str]
) -> str | None:
    """The first day the notes give (:func:`copy_notes`): a moved post's or a press
    release's dateline in the text's first ``lines`` (:func:`release_day`), where it is
    before ``published``; else the day of a note's text at most
    :data:`~.data.authornames.SOURCE_DAY_MAX_DAYS` before ``published`` (a copy's original,
    the first day of a post updated within days); else None."""
    note, moved = notes.note_day, notes.moved_day or release_day(lines, fetched_at)
    if moved and published and moved < published[:10]:
        return moved
    return earlier_day(note, published, fetched_at) if note and published else None


def wire_credit(lines: list[str], notes: CopyNotes, source: str) -> bool:
    """Whether a source line among ``lines`` (:func:`~.sourcewriters.source_line`) or a
    labelled "Quelle" field credits the agencies ``source`` names: a desk's account posted
    the agency's copy (session 45, de_full165; the field: session 51, de_full207)."""
    return bool((source_line(lines) or notes.fielded) and source_agencies(source))


def edited_only(authors: list[str], page_text: str) -> bool:
    """Whether every one of ``authors`` is named on the page as the editor of the text
    (:data:`~.data.reprints.EDITOR_LABEL`: "Bearbeitung: A"): the site's editor of an
    agency's copy, whose name its metadata gives, did not write it."""
    return bool(authors) and all(
        re.search(EDITOR_LABEL + re.escape(author) + r"\b", page_text) for author in authors
    )
