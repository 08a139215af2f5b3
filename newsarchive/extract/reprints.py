"""A republished copy's writers: the note saying the text appeared first elsewhere names
them ("Dieser Artikel von A erschien zuerst bei X", "Text: A. Dieser Artikel erschien zuerst
…", "Quelle: X, Text: A"; :data:`~.data.reprints.REPRINT_NOTES`). They wrote it; the blog
owner whose byline, bio box or login the copy carries reposted it (session 51, read on the
republished kind: de_full200, de_full202, de_full205, de_full207). The day such a note gives
(a copy's original, a moved post's first day) and a labelled "Quelle" field naming an agency
are read with them, before the boilerplate leaves the tree (:func:`copy_notes`)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.data.reprints import (
    MIGRATED_FIRST_DAY,
    MIGRATION_HINT,
    MIGRATION_NOTE_CHARS,
    REPRINT_DAY,
    REPRINT_NOTES,
    REPRINT_WORDS,
    SOURCE_FIELD_LABELS,
    SOURCE_FIELD_XPATH,
)
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.index import visible_text
from newsarchive.extract.names import split_authors
from newsarchive.extract.parsing import element_text
from newsarchive.extract.sourcewriters import earlier_day, source_agencies, source_line


class CopyNotes(NamedTuple):
    """What a page says of its text's origin (:func:`copy_notes`)."""

    writers: list[str]  # the writers a republication note names
    note_day: str | None  # the text after a note's "erschien zuerst am"
    moved_day: str | None  # the first day a moved post's note gives
    fielded: bool  # a labelled "Quelle" field names an agency


def copy_notes(tree: etree._Element, fetched_at: datetime | None) -> CopyNotes:
    """The page's notes on its text's origin, read before the boilerplate leaves the tree."""
    note_day, moved_day = reprint_note_day(tree, fetched_at)
    return CopyNotes(reprint_writers(tree), note_day, moved_day, bool(source_field(tree)))


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


def reprint_writers(tree: etree._Element) -> list[str]:
    """The writers the page's first republication note names, each a full name and no
    group ("Redaktion", "Team"); [] without such a note."""
    visible = visible_text(tree) or ""
    if not any(word in visible for word in REPRINT_WORDS):
        return []
    for pattern in REPRINT_NOTES:
        match = pattern.search(visible)
        if match is None or data.SIGNATURE_NOT_NAMES.search(match.group("names")):
            continue
        names = split_authors([match.group("names")])[0]
        if names and all(" " in n for n in names):
            return names
    return []


def reprint_note_day(
    tree: etree._Element, fetched_at: datetime | None = None
) -> tuple[str | None, str | None]:
    """The text after "erschien zuerst am" of the page's first such note
    (:data:`~.data.reprints.REPRINT_DAY`), and the day a moved post's note says it first
    appeared (:func:`migrated_day`); read before the boilerplate leaves the tree."""
    visible = visible_text(tree) or ""
    if "am " not in visible:
        return None, None
    match = REPRINT_DAY.search(visible)
    return (match.group("day") if match else None), migrated_day(visible, fetched_at)


def migrated_day(visible: str, fetched_at: datetime | None) -> str | None:
    """The first day a note on a post moved from an older site gives ("Dieser Beitrag
    erschien ursprünglich am 5. März 2017 auf unserem alten Blog und wurde beim Umzug …
    übernommen"; :data:`~.data.reprints.MIGRATED_FIRST_DAY` near a
    :data:`~.data.reprints.MIGRATION_HINT`)."""
    for hint in MIGRATION_HINT.finditer(visible):
        start = max(0, hint.start() - MIGRATION_NOTE_CHARS)
        note = visible[start : hint.end() + MIGRATION_NOTE_CHARS]
        for pattern in MIGRATED_FIRST_DAY:
            found = pattern.search(note)
            day = parse_german_date(found.group("day"), fetched_at) if found else None
            if day:
                return day[:10]
    return None


def reprint_day(notes: CopyNotes, published: str | None, fetched_at: datetime | None) -> str | None:
    """The first day the notes give (:func:`reprint_note_day`): a moved post's, where it is
    before ``published``; else the day of a note's text at most
    :data:`~.data.authornames.SOURCE_DAY_MAX_DAYS` before ``published`` (a copy's original,
    the first day of a post updated within days); else None."""
    note, moved = notes.note_day, notes.moved_day
    if moved and published and moved < published[:10]:
        return moved
    return earlier_day(note, published, fetched_at) if note and published else None


def wire_credit(lines: list[str], notes: CopyNotes, source: str) -> bool:
    """Whether a source line among ``lines`` (:func:`~.sourcewriters.source_line`) or a
    labelled "Quelle" field credits the agencies ``source`` names: a desk's account posted
    the agency's copy (session 45, de_full165; the field: session 51, de_full207)."""
    return bool((source_line(lines) or notes.fielded) and source_agencies(source))
