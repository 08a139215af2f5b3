"""A page's label of its own first publication ("Erstveröffentlichung: 3. Mai 2015", "Zuerst
erschienen am 12.03.2019"): the day the archive keeps where the metadata gives a later one
(:data:`~.data.FIRST_PUBLISHED_LABEL`; issue 11)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date


class FirstPublication(NamedTuple):
    """A first publication's day, and whether its note names a later revision."""

    day: str
    revised: bool


def first_publication(
    texts: list[tuple[str, bool]], fetched_at: datetime | None, sentences_only: bool = False
) -> FirstPublication | None:
    """The day the text nodes around the headline (``texts``, also those in parts flagged
    for other dates: the article's own footer holds such labels) name as the first
    publication, or None; with ``sentences_only`` only a sentence's ("wurde erstmals am …
    veröffentlicht": for a page whose date line may be its update's). ``revised`` says the
    note's node also names a later revision (:data:`~.data.FIRST_PUBLISHED_REVISED`)."""
    words = data.FIRST_PUBLISHED_SENTENCE_WORDS if sentences_only else data.FIRST_PUBLISHED_WORDS
    joined = "\n".join(text for text, _ in texts)
    if not any(word in joined for word in words):
        return None  # (one scan of the joined text instead of one a node and word)
    for i, (text, _) in enumerate(texts):
        # (substring tests first: the pattern costs about a millisecond on a paragraph)
        if any(word in text for word in words):
            after = texts[i + 1][0] if i + 1 < len(texts) else ""  # "<b>Label:</b> date"
            if found := _labelled_day(f"{text} {after}", fetched_at, sentences_only):
                revised = data.FIRST_PUBLISHED_REVISED.search(text.lower()) is not None
                return FirstPublication(found, revised)
    return None


def _labelled_day(text: str, fetched_at: datetime | None, sentences_only: bool) -> str | None:
    """The day right after a first-publication label in ``text`` (or a sentence's only),
    or None."""
    low = text.lower()
    if len(low) != len(text):
        low = text  # (a letter whose lower case is longer: positions would not match)
    label = None if sentences_only else data.FIRST_PUBLISHED_LABEL.search(low)
    if label is None:
        sentence = data.FIRST_PUBLISHED_SENTENCE.search(low)  # "wurde erstmals am … veröffentlicht"
        if sentence is None or data.TRANSLATION_MARK.search(text):
            return None  # (a translation's note: the original's day, session 54)
        day = "day" if sentence.group("day") else "en"  # (the English sentence's)
        return parse_date(text[slice(*sentence.span(day))], fetched_at)
    return parse_date(text[label.end() : label.end() + data.FIRST_PUBLISHED_SPAN], fetched_at)
