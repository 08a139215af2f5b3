"""Guest posts: the guest a note in the post's text names (:data:`~.data.GUEST_NOTE`)."""

from __future__ import annotations

from newsarchive.extract import data


def guest_note(lines: list[str]) -> str | None:
    """The guest a note anywhere in the post's lines names ("Dieser Beitrag ist ein
    Gastbeitrag von Emre Yıldız, der …"), not a group."""
    for line in lines:
        if data.GUEST_NOTE_WORD not in line:
            continue
        match = data.GUEST_NOTE.search(line)
        if match and not data.SIGNATURE_NOT_NAMES.search(match.group("name")):
            return match.group("name")
    return None
