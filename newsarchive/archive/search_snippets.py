"""Snippets of the German search: the words around the densest matches, marked."""

from __future__ import annotations

import html

from newsarchive.archive.search_query import parse_query
from newsarchive.archive.search_text import WORD, analyse, fold
from newsarchive.extract.data import INVISIBLE

#: Snippet markers around a matched word; the Datasette plugin turns them into <mark>.
MARK_START, MARK_END = "⟦", "⟧"

#: Characters of a text the snippet reads (the longest articles are far shorter): the SQL
#: function ``german_snippet`` stays bounded whatever string a query hands it.
MAX_SNIPPET_SOURCE = 200_000


def _word_keys(word: str) -> set[str]:
    stems, parts = analyse(word)
    return set(stems.split()) | set(parts)


def snippet(text: str | None, query_text: str | None, size: int = 32) -> str:
    """About ``size`` words of ``text`` around the densest matches of the query, matched
    words wrapped in :data:`MARK_START`/:data:`MARK_END`; plain text, not HTML. Reads the
    first :data:`MAX_SNIPPET_SOURCE` characters of ``text``."""
    text = text or ""
    cut = len(text) > MAX_SNIPPET_SOURCE
    text = (
        text[:MAX_SNIPPET_SOURCE].translate(INVISIBLE).replace(MARK_START, "").replace(MARK_END, "")
    )
    query = parse_query(query_text)
    spans = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    if not spans:
        return ""
    hits = []
    for _start, _end, word in spans:
        keys = _word_keys(fold(word))
        hit = bool(keys & query.terms) or any(k.startswith(p) for k in keys for p in query.prefixes)
        hits.append(hit)
    best, best_count, count = 0, -1, 0
    for i in range(len(spans)):
        count += hits[i]
        if i >= size:
            count -= hits[i - size]
        if count > best_count:
            best_count, best = count, max(0, i - size + 1)
    first = 0
    if best_count > 0:  # centre the matches of the best window
        inside = [i for i in range(best, min(len(spans), best + size)) if hits[i]]
        first = max(0, inside[0] - (size - (inside[-1] - inside[0] + 1)) // 2)
        first = min(first, inside[0])
    window = range(first, min(len(spans), first + size))
    out = ["…" if first > 0 else ""]
    cursor = spans[first][0] if first else 0
    for i in window:
        start, end, _ = spans[i]
        out.append(text[cursor:start])
        out.append(f"{MARK_START}{text[start:end]}{MARK_END}" if hits[i] else text[start:end])
        cursor = end
    tail = window[-1] + 1 if window else first
    out.append("…" if tail < len(spans) or cut else text[cursor:])
    return " ".join("".join(out).split())


def snippet_html(value: str) -> str:
    """A snippet as safe HTML: everything escaped, markers turned into ``<mark>``."""
    escaped = html.escape(value)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
