"""The readers who wrote a page of readers' letters: each letter's signer ("Hildegard Maier,
Kirchheim" on a line of its own under the letter) or the reader its opening line names
("Jörg Weidenfeller aus Rosbach schreibt …:"), in the page's order
(:mod:`~.data.readerletters`; issue 11, session 54)."""

from __future__ import annotations

from newsarchive.extract.data.readerletters import (
    LETTER_LINE_MAX_CHARS,
    LETTER_NAME,
    LETTER_OPENING,
    LETTER_PLACE,
    LETTER_SIGNATURE,
    LETTERS_HEAD_CHARS,
    LETTERS_HEAD_NODES,
    LETTERS_PAGE_WORDS,
    LETTERS_SECTION_NAMES,
)
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.names import is_org_name


def letter_writers(nodes: list[tuple[str, bool]]) -> list[str]:
    """The readers signing or opening the letters among the text ``nodes`` (from shortly
    before the headline on; those of a skipped part, a comment's, left out) of a page whose
    head says it holds readers' letters (its breadcrumbs, section or kicker:
    :data:`~.data.readerletters.LETTERS_PAGE_WORDS`); [] otherwise."""
    heads = [t for t, _ in nodes[:LETTERS_HEAD_NODES] if len(t) <= LETTERS_HEAD_CHARS]
    head = "\n".join(heads).lower()
    if not any(word in head for word in LETTERS_PAGE_WORDS) and not any(
        t.strip().lower() in LETTERS_SECTION_NAMES for t in heads
    ):
        return []
    writers: list[str] = []
    for i, (text, skipped) in enumerate(nodes):
        line = " ".join(text.split())
        if skipped or len(line) > LETTER_LINE_MAX_CHARS or _signed_over_two_lines(nodes, i - 1):
            continue  # (a signature's second line: "Ashbury Road, Wexcombe" is its place)
        found = LETTER_SIGNATURE.fullmatch(line) or LETTER_OPENING.match(line)
        if found and opens_with_given_name(found.group("place")):
            continue  # two writers of a byline ("Benedikt Rauh, Sina Kaya"), no place
        names = (
            [found.group("name"), *filter(None, [found.groupdict().get("other")])] if found else []
        )
        names = names or _signed_over_two_lines(nodes, i)
        # (not a bank's name over a list: "Volksbank Kocher-Jagst, Filialschließung")
        writers += [n for n in names if n not in writers and not is_org_name(n)]
    return writers


def _signed_over_two_lines(nodes: list[tuple[str, bool]], i: int) -> list[str]:
    """The reader's name of node ``i`` where it stands alone, opening with a given name (no
    heading such as "Ihre Meinung" or "Social Media"), and the next node is a place alone,
    the signature's second line ("Tom Kilbride" / "Ahascragh, Ballinasloe")."""
    name = " ".join(nodes[i][0].split()) if i >= 0 else ""
    if i + 1 >= len(nodes) or not LETTER_NAME.fullmatch(name) or not opens_with_given_name(name):
        return []
    place = " ".join(nodes[i + 1][0].split())
    if nodes[i + 1][1] or not LETTER_PLACE.fullmatch(place) or opens_with_given_name(place):
        return []
    return [name]
