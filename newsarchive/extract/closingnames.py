"""A closing name line: the text's last sentence followed by its writer's full name (or two
writers' joined by "&"/"und"), marked as a signature by a dash before it or a day after it
("-- Jens Harms - 14 Mar 2006" under a wiki topic, "— Miriam Koch & Deniz Yilmaz" under a
CMS page, "Holger Brinkmann, 05.09.2011" under a bank's news), with only short lines after
it (:data:`~.data.CLOSING_NAME_LINE`; read where nobody else is credited; kind read in br)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.names import split_authors
from newsarchive.extract.text import drop_invisible


def closing_names(lines: list[str]) -> list[str]:
    """The writers a closing name line names in the post's last
    :data:`~.data.CLOSING_SIGNATURE_LINES` lines (not the first), after a line ending a
    sentence, only short lines after it; a dash or a day must mark the line, no name a
    group's or a source's."""
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    for at in range(len(lines) - 1, start - 1, -1):
        line = drop_invisible(lines[at]).strip()
        if len(line.split()) >= data.CLOSING_SIGNATURE_AFTER_WORDS:
            break
        match = data.CLOSING_NAME_LINE.fullmatch(line)
        if (
            match is None
            or not (match.group("dash") or match.group("day") or _bare_signature(lines, at))
            or not data.LAST_SENTENCE.fullmatch(lines[at - 1].strip())
            or data.DASH_SIGNATURE_NOT_NAMES.search(match.group("names"))
            or data.SIGNATURE_NOT_NAMES.search(match.group("names"))
            or data.SIGNATURE_GREETING.fullmatch(match.group("names"))  # "Herzliche Grüße"
        ):
            continue
        names = split_authors([match.group("names")])[0]
        if names and all(" " in n and data.BYLINE_NAME.fullmatch(n) for n in names):
            return names
    return []


def _bare_signature(lines: list[str], at: int) -> bool:
    """Whether the bare name on line ``at`` signs: only lines of at most
    :data:`~.data.CLOSING_BARE_AFTER_WORDS` words after it (a place, a club), none a sentence,
    and its surname nowhere in the text before it (no speaker of the text's quotes)."""
    if any(
        len(x.split()) > data.CLOSING_BARE_AFTER_WORDS or data.LAST_SENTENCE.fullmatch(x.strip())
        for x in lines[at + 1 :]
    ):
        return False
    surname = lines[at].split()[-1]
    return not any(surname in x for x in lines[:at])
