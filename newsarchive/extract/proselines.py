"""A paragraph of prose that opens with a pointer's words ("Mehr dazu gibt es beim nächsten
Mal. …", :data:`~newsarchive.extract.data.PROSE_POINTER_OPENER`): three sentences or more
(:data:`~newsarchive.extract.data.PROSE_SENTENCE_BREAK`), the first with no colon, no
consent or link words: :func:`~newsarchive.extract.body.clean_lines` keeps it where
:data:`~newsarchive.extract.data.BOILERPLATE_LINE` would drop it."""

from __future__ import annotations

from newsarchive.extract import data


def is_prose_paragraph(line: str) -> bool:
    """True for a paragraph of several sentences, its first no promo's label."""
    if not data.PROSE_POINTER_OPENER.match(line):
        return False
    sentences = data.PROSE_SENTENCE_BREAK.split(line)
    return (
        len(sentences) >= data.PROSE_MIN_SENTENCES
        and ":" not in sentences[0]
        and not data.PROSE_NOT_WORDS.search(line)
    )
