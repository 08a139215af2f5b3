"""A closing table of other posts under the text, each row a title, maybe a writer, and a
date ("| Phishing-Mails im Namen der Sparkasse | Ines Gronbach | 29.10.2002 |"; round
rb29)."""

from __future__ import annotations

from newsarchive.extract import data


def opens_posts_table(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is the first of a run of rows of other posts
    (:data:`~newsarchive.extract.data.POSTS_TABLE_ROW`,
    :data:`~newsarchive.extract.data.POSTS_TABLE_MIN_ROWS` of them)."""
    if not lines[i].startswith("|"):
        return False
    rows = lines[i : i + data.POSTS_TABLE_MIN_ROWS]
    return len(rows) == data.POSTS_TABLE_MIN_ROWS and all(
        data.POSTS_TABLE_ROW.fullmatch(row) for row in rows
    )


def without_table_head(kept: list[str]) -> list[str]:
    """``kept`` without the table's header row and rule at its end ("| Titel | Autor | Datum
    |", "|---|---|---|": :data:`~newsarchive.extract.data.POSTS_TABLE_HEAD`)."""
    end = len(kept)
    while end and data.POSTS_TABLE_HEAD.fullmatch(kept[end - 1]):
        end -= 1
    return kept[:end]
