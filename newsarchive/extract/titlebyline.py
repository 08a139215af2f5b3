"""The writer a page's ``<title>`` names ("Jappy - Tagebuch von A", "… by A", "A's Site",
"A on Patreon"; :data:`~.data.TITLE_BYLINE`), read where nothing else on the page names
anybody. Kind read in bw, bt, en_i, en_l and ae (issue 11, session 16). A creator's part
("A auf X") that is the page's own ``<h1>`` is its headline: "Unsere Volksbank auf TikTok"
names no creator (found by a battery of invented blog posts, session 27: this archive's
headlines say so of banks all the time)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.names import is_account, split_authors
from newsarchive.extract.text import fold


def title_byline(tree: etree._Element) -> list[str]:
    """The one person a part of the page's ``<title>`` names as its writer, if any."""
    title = fold(tree.findtext(".//title") or "")
    headlines: set[str] | None = None
    for part in data.TITLE_PART_SEPARATOR.split(title):
        match = data.TITLE_BYLINE.fullmatch(part.strip())
        if match is None:
            continue
        if match.group("creator"):  # "A auf X": not when it is the page's headline
            if headlines is None:
                headlines = {fold(h.text_content()).lower() for h in tree.iter("h1")}
            if fold(part).lower() in headlines:
                continue  # "Unsere Volksbank auf TikTok" heads the post: no creator's page
        name = next(n for n in match.groups() if n)
        names = split_authors([name])[0]
        if len(names) == 1 and " " in names[0] and not is_account(names[0]):
            return names
    return []
