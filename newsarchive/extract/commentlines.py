"""Readers' comments closing the body as lines under their heading
(:data:`~newsarchive.extract.data.COMMENTS_LINE_HEADING`: "Comments", "3 writebacks",
"Reaktionen"): in the body's second half, the heading and every line after it leave where
it counts the comments, or what follows it is a comment (a writer's "… wrote:", a short
line with its day) or a comment form's prompt ("Add A New Comment"). A section of the
text named "Kommentare" stays: its paragraphs are none of these. The comments leave before
:func:`~newsarchive.extract.body.clean_lines` reads the lines, so the text's own closing
lines (a post's footer, its views) are read as its last ones."""

from __future__ import annotations

from newsarchive.extract import data

#: The forms of a comment's day: "22.09.2010", "22.09.10", "14. Februar 2026",
#: "March 10, 2004", "3/10/2004".
_DAYS = (
    data.DATE_NUMERIC,
    data.DATE_NUMERIC_SHORT_YEAR,
    data.DATE_LONG,
    data.DATE_MONTH_FIRST,
)


def _is_comment_start(line: str) -> bool:
    """True for a comment's first line: its writer's "… wrote:" or a short line with a day."""
    if data.COMMENT_WROTE.match(line):
        return True
    return len(line) <= data.COMMENT_DAY_LINE_MAX_CHARS and any(p.search(line) for p in _DAYS)


def _is_form_prompt(line: str) -> bool:
    return len(line) <= data.COMMENT_FORM_MAX_CHARS and bool(data.COMMENT_FORM_LINE.fullmatch(line))


def opens_closing_comments(lines: list[str], i: int) -> bool:
    """True if ``lines[i]`` heads the readers' comments closing the body."""
    line = lines[i]
    if len(line) > data.COMMENTS_LINE_HEADING_MAX_CHARS:
        return False
    if not data.COMMENTS_LINE_HEADING.fullmatch(line):
        return False
    after = lines[i + 1 :]
    if any(c.isdigit() for c in line):
        return True  # "3 writebacks", "Kommentare (2)"
    if after and _is_comment_start(after[0]):
        return True
    return any(_is_form_prompt(x) for x in after)


def without_closing_comments(lines: list[str]) -> list[str]:
    """``lines`` up to the heading of the readers' comments in their second half."""
    for i in range((len(lines) + 1) // 2, len(lines)):
        if opens_closing_comments(lines, i):
            return lines[:i]
    return lines
