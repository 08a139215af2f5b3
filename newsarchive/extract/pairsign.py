"""A post signed at its end by two writers together ("Ihre Bettina Krämer und Olaf Krämer",
"Timo Brandes und Svenja Wulf, 2. Lehrjahr" under a trainees' column): read where the byline
credits nobody, the site or a login, like
:func:`~newsarchive.extract.signatures.closing_signature` (issue 11, half BA's kind)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import drop_invisible


def pair_signature(lines: list[str]) -> list[str]:
    """The two names of a closing line :data:`~.data.PAIR_SIGNATURE` matches: in the post's
    last :data:`~.data.CLOSING_SIGNATURE_LINES` lines with only short lines after it, or in
    the :data:`~.data.SIGNED_AFTER_LINES` lines right after the post's last sentence (a list
    of other issues after it). A greeting, the formal "Ihr"/"Ihre", a role, or a greeting on
    the line before marks it a signature, and so does a line of the two names alone (after a
    dash or not) under a sentence; the line before ends a sentence or is a greeting; neither
    name an organisation's or a group's."""
    places, after = closing_places(lines)
    for i in places:
        names = _signed_pair(lines[i - 1].strip(), lines[i])
        if names and (
            i in after
            or all(len(x.split()) < data.CLOSING_SIGNATURE_AFTER_WORDS for x in lines[i + 1 :])
        ):
            return names
    return []


def closing_places(lines: list[str]) -> tuple[list[int], range]:
    """Where a post's closing signature may stand, in order: its last
    :data:`~.data.CLOSING_SIGNATURE_LINES` lines (not the first line), and the
    :data:`~.data.SIGNED_AFTER_LINES` lines right after its last sentence (``after``, empty
    where no line is a sentence)."""
    last = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if len(lines[i].split()) >= data.LAST_SENTENCE_WORDS
            and data.LAST_SENTENCE.fullmatch(lines[i].strip())
        ),
        None,
    )
    after = range(last + 1, last + 1 + data.SIGNED_AFTER_LINES) if last is not None else range(0)
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    return sorted({*range(start, len(lines)), *(i for i in after if i < len(lines))}), after


def _signed_pair(before: str, line: str) -> list[str]:
    """The two names if ``line`` is a pair's signature after the line ``before``."""
    match = data.PAIR_SIGNATURE.fullmatch(drop_invisible(line).strip())
    if match is None:
        return []
    greeted = bool(
        data.SIGNATURE_GREETING.fullmatch(before) or data.PAIR_FORMAL_LINE.fullmatch(before)
    )
    names = [match.group("first"), match.group("second")]
    marked = match.group("greeting") or match.group("formal") or match.group("role") or greeted
    if (
        (marked or not any(data.DASH_SIGNATURE_NOT_NAMES.search(n) for n in names))
        and (before.endswith((".", "!")) or greeted)
        and not any(data.FORMAL_SIGNATURE_NOT_NAMES.search(n) for n in names)
        and not any(data.SIGNATURE_NOT_NAMES.search(n) for n in names)
    ):
        return names
    return []
