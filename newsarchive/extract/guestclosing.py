"""A guest post's closing note ("Dieser Artikel ist ein Gastbeitrag von A.", "Dieser
Gastartikel stammt von A, …"): the guest is the author, not the owner's account in the
byline (:data:`~newsarchive.extract.data.guestclosing.GUEST_CLOSING`); an author box
headed "Über den Gastautor" likewise (:func:`guest_box`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.data.guestclosing import (
    GUEST_BIO_CHARS,
    GUEST_BIO_CLOSING,
    GUEST_BOX,
    GUEST_CLOSING,
    GUEST_CLOSING_LINES,
    GUEST_LABEL_CLOSING,
    WRITTEN_BY_CLOSING,
)
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.index import visible_text


def guest_closing(lines: list[str]) -> str | None:
    """The guest or writer a note in the body's first line or its last lines names (a
    closing biography calling its person the guest too: :data:`GUEST_BIO_CLOSING`)."""
    for line in [*lines[:1], *lines[-GUEST_CLOSING_LINES:]]:
        labelled = GUEST_LABEL_CLOSING.match(line) if line.startswith("Gast") else None
        if labelled and not data.SIGNATURE_NOT_NAMES.search(labelled.group("name")):
            return labelled.group("titled")  # "Gastautor: A studiert …"
        bio = GUEST_BIO_CLOSING.match(line[:GUEST_BIO_CHARS]) if "Gast" in line else None
        if bio and opens_with_given_name(bio.group("name")):
            return bio.group("titled")  # "A ist Honorarberaterin … als Gastautorin …"
        if "Dies" not in line or " von " not in line:
            continue
        for pattern in (GUEST_CLOSING, WRITTEN_BY_CLOSING):
            match = pattern.search(line)
            if match and not data.SIGNATURE_NOT_NAMES.search(match.group("name")):
                return match.group("name")
    return None


def guest_box(tree: etree._Element) -> str | None:
    """The guest an author box headed "Über den Gastautor" introduces (:data:`GUEST_BOX`), a
    person by a given name ("Unser Gast schreibt …" names nobody)."""
    visible = visible_text(tree) or ""
    match = GUEST_BOX.search(visible) if "Gastautor" in visible else None
    if match and opens_with_given_name(match.group("name")):
        return match.group("titled")  # (titles kept as the box shows them)
    return None
