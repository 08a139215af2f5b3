"""A board's topic as table rows (:data:`~newsarchive.extract.data.FORUM_POST_ROW`): phpBB 2
shows each post as a row, the poster's profile in one cell, the post's header ("Verfasst
am: … Titel: …"), text and signature in the other. The first post's row becomes its text
(the header up to the subject, the subject when it is the headline, and the signature
leave); the replies' rows leave, and so do the table's header row ("| Autor | Nachricht |")
and the links' rows under the posts ("| Nach oben | Profil PN |")."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import fold


def _post_text(post: str, title: str) -> str:
    """A post's text from its cell: after the subject's label and the subject (when it is
    the headline), before the signature's rule."""
    label = data.FORUM_SUBJECT_LABEL.search(post)
    text = post[label.end() :] if label else post
    if title and fold(text[: len(title)]).lower() == fold(title).lower():
        text = text[len(title) :]  # (the page's title is this subject, as the board shows it)
    return data.FORUM_SIGNATURE_RULE.sub("", text).strip()


def _is_post_row(line: str) -> bool:
    return line.startswith("|") and bool(data.FORUM_POST_ROW.match(line))


def without_forum_rows(lines: list[str], title: str) -> list[str]:
    """The lines with the topic's first post as its text and the other posts' rows, the
    header row and the links' rows empty (left in place: the rules that read a line's
    place in the body, the closing ones, see the lines where the page has them)."""
    rows = [i for i, line in enumerate(lines) if _is_post_row(line)]
    if not rows:
        return lines
    out = list(lines)
    header = False  # the line before was the table's header row
    for i, line in enumerate(lines):
        if i in rows:
            match = data.FORUM_POST_ROW.match(line)
            first = i == rows[0] and match is not None
            out[i] = _post_text(match.group("post"), title) if first and match else ""
        elif line.startswith("|") and data.FORUM_TABLE_CHROME_ROW.fullmatch(line):
            out[i] = ""
            header = True
            continue
        elif header and data.TABLE_RULE_ROW.fullmatch(line):
            out[i] = ""  # "|---|---|" under the header row
        header = False
    return out
