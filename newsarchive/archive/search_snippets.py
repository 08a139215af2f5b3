"""Snippets of the German search: the words around the densest matches, marked."""

from __future__ import annotations

import functools
import html
import re
from itertools import accumulate
from operator import sub

from newsarchive.archive.search_query import MAX_QUERY_LENGTH, Query, parse_query
from newsarchive.archive.search_text import CACHED_WORD_LENGTH, WORD, analyse, fold
from newsarchive.extract.data import INVISIBLE

#: Snippet markers around a matched word; the Datasette plugin turns them into <mark>.
MARK_START, MARK_END = "⟦", "⟧"

#: Characters of a text the snippet reads (the longest articles are far shorter): the SQL
#: function ``german_snippet`` stays bounded whatever string a query hands it.
MAX_SNIPPET_SOURCE = 200_000


#: What a snippet's source drops: invisible characters (soft hyphens, zero-width; as
#: ``fold`` does) and our own markers (a text cannot fake a highlight).
_DROPPED = re.compile("[" + re.escape("".join(map(chr, INVISIBLE)) + MARK_START + MARK_END) + "]")

#: Words remembered per query (whether each matches); cleared when full, so a hostile text
#: cannot grow it without bound.
MEMO_WORDS = 50_000


#: Words whose index terms are remembered across queries (the archive's vocabulary is
#: bounded; a hostile text cannot grow it past this, and words longer than
#: ``CACHED_WORD_LENGTH`` are never kept).
KEY_WORDS = 200_000


def _keys_uncached(word: str) -> frozenset[str]:
    stems, parts = analyse(fold(word))
    return frozenset(stems.split()) | frozenset(parts)


@functools.lru_cache(maxsize=KEY_WORDS)
def _cached_keys(word: str) -> frozenset[str]:
    return _keys_uncached(word)


def _word_keys(word: str) -> frozenset[str]:
    """The index terms of a word as written (folded, stemmed, its compound parts)."""
    if len(word) > CACHED_WORD_LENGTH:
        return _keys_uncached(word)
    return _cached_keys(word)


class _Matcher:
    """Whether a word of a text matches a query, remembered per word as written: the
    excerpts of one results page (and the next pages) look each distinct word up once;
    a word's index terms are kept across queries (:func:`_word_keys`)."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self.memo: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        hit = self.memo.get(word)
        if hit is None:
            hit = self._match(word)
            if len(self.memo) >= MEMO_WORDS:
                self.memo.clear()
            self.memo[word] = hit
        return hit

    def _match(self, word: str) -> bool:
        keys = _word_keys(word)
        query = self.query
        return not keys.isdisjoint(query.terms) or any(
            k.startswith(p) for k in keys for p in query.prefixes
        )

    def hits(self, words: list[str]) -> list[bool]:
        """:meth:`__call__` for every word (each distinct word looked up once)."""
        memo = table = self.memo
        missing = {w for w in words if w not in memo}
        if len(memo) + len(missing) > MEMO_WORDS:  # full: emptied, as one word at a time
            memo.clear()
            missing = set(words)
            if len(missing) > MEMO_WORDS:  # more distinct words than it may hold
                table = {}
        for word in missing:
            table[word] = self._match(word)
        return [table[w] for w in words]


def _matcher(query_text: str | None) -> _Matcher:
    # only the first MAX_QUERY_LENGTH characters are read: a long query is a short key
    return _cached_matcher((query_text or "")[:MAX_QUERY_LENGTH])


@functools.lru_cache(maxsize=64)
def _cached_matcher(query_text: str) -> _Matcher:
    return _Matcher(parse_query(query_text))


def snippet(text: str | None, query_text: str | None, size: int = 32) -> str:
    """About ``size`` words of ``text`` around the densest matches of the query, matched
    words wrapped in :data:`MARK_START`/:data:`MARK_END`; plain text, not HTML. Reads the
    first :data:`MAX_SNIPPET_SOURCE` characters of ``text``."""
    text = text or ""
    cut = len(text) > MAX_SNIPPET_SOURCE
    text = _DROPPED.sub("", text[:MAX_SNIPPET_SOURCE])
    found = list(WORD.finditer(text))
    if not found:
        return ""
    hits = _matcher(query_text).hits([m.group(0) for m in found])
    # the first window of ``size`` words with the most matches (ending at word i)
    sums = [0, *accumulate(hits)]
    starts = [0] * min(size, len(found)) + sums[1 : len(found) - size + 1]
    counts = list(map(sub, sums[1:], starts))
    best_count = max(counts)
    best = max(0, counts.index(best_count) - size + 1)
    first = 0
    if best_count > 0:  # centre the matches of the best window
        inside = [i for i in range(best, min(len(found), best + size)) if hits[i]]
        first = max(0, inside[0] - (size - (inside[-1] - inside[0] + 1)) // 2)
        first = min(first, inside[0])
    window = range(first, min(len(found), first + size))
    out = ["…" if first > 0 else ""]
    cursor = found[first].start() if first else 0
    for i in window:
        start, end = found[i].span()
        out.append(text[cursor:start])
        out.append(f"{MARK_START}{text[start:end]}{MARK_END}" if hits[i] else text[start:end])
        cursor = end
    tail = window[-1] + 1 if window else first
    out.append("…" if tail < len(found) or cut else text[cursor:])
    return " ".join("".join(out).split())


def snippet_html(value: str) -> str:
    """A snippet as safe HTML: everything escaped, markers turned into ``<mark>``."""
    escaped = html.escape(value)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
