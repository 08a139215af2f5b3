"""The readers who wrote a page of readers' letters: each letter's signer ("Hildegard Maier,
Kirchheim" on a line of its own under the letter) or the reader its opening line names
("Jörg Weidenfeller aus Rosbach schreibt …:"), in the page's order
(:mod:`~.data.readerletters`; issue 11, session 54)."""

from __future__ import annotations

from newsarchive.extract.data.readerletters import (
    LETTER_LINE_MAX_CHARS,
    LETTER_OPENING,
    LETTER_SIGNATURE,
    LETTERS_HEAD_CHARS,
    LETTERS_HEAD_NODES,
    LETTERS_PAGE_WORDS,
)
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.names import is_org_name


def letter_writers(nodes: list[tuple[str, bool]]) -> list[str]:
    """The readers signing or opening the letters among the text ``nodes`` (from shortly
    before the headline on; those of a skipped part, a comment's, left out) of a page whose
    head says it holds readers' letters (its breadcrumbs, section or kicker:
    :data:`~.data.readerletters.LETTERS_PAGE_WORDS`); [] otherwise."""
    head = "\n".join(t for t, _ in nodes[:LETTERS_HEAD_NODES] if len(t) <= LETTERS_HEAD_CHARS)
    if not any(word in head.lower() for word in LETTERS_PAGE_WORDS):
        return []
    writers: list[str] = []
    for text, skipped in nodes:
        line = " ".join(text.split())
        if skipped or len(line) > LETTER_LINE_MAX_CHARS:
            continue
        found = LETTER_SIGNATURE.fullmatch(line) or LETTER_OPENING.match(line)
        if found and opens_with_given_name(found.group("place")):
            continue  # two writers of a byline ("Benedikt Rauh, Sina Kaya"), no place
        # (not a bank's name over a list: "Volksbank Kocher-Jagst, Filialschließung")
        if found and found.group("name") not in writers and not is_org_name(found.group("name")):
            writers.append(found.group("name"))
    return writers
