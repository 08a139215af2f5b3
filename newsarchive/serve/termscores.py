"""Exact bm25 scores of the archive's broad search terms, prepared in the background.

A search for a broad word ("Bank") costs FTS5's ``bm25()`` a scan of the word's whole
doclist (for its idf) plus one score per match: 60-300 ms at 1,000,000 articles. The
score of a query made of plain words joined by AND is the sum of the scores each word
has alone (FTS5 adds ``idf * tf-part`` per phrase, with the same row length, average
length and idf), so the scores of the broad words, read once per database state, rank
every such query exactly:

- one broad word: its newest matches and scores are the answer (no SQL);
- broad words joined by AND: the newest matches come from FTS5 (rowids only, cheap), each
  score is the sum of the words' scores, when every match lies inside each word's window
  (:data:`WINDOW` newest matches); otherwise, and for phrases, prefixes, OR and NOT, the
  search is scored with SQL as before (newsarchive/serve/matches.py).

Which words are broad is read from the newest :data:`SAMPLE` articles (the words at least
:data:`BROAD_SHARE` of them hold), never from a list of queries. Scores of an older
database state are never used.
"""

from __future__ import annotations

import asyncio
import re
import time
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from operator import neg
from typing import Any

from newsarchive.archive import search
from newsarchive.archive.search_index import search_row

#: Newest articles read to find the broad words.
SAMPLE = 1000
#: A word is broad when at least this share of the sample holds it.
BROAD_SHARE = 0.03
#: At most this many words are prepared (the most frequent first).
MAX_TERMS = 40
#: Archives smaller than this search fast enough: nothing is prepared.
MIN_ARTICLES = 100_000
#: Newest matches kept per word (rowid and score: 16 bytes each).
WINDOW = 40_000

_PLAIN = re.compile(r'^\("[^"\s]+"(?: AND "[^"\s]+")*\)$')
_TERM = re.compile(r'"([^"\s]+)"')


@dataclass
class Term:
    """The newest matches of one word (rowids newest first) with their bm25 scores."""

    ids: array = field(default_factory=lambda: array("q"))
    scores: array = field(default_factory=lambda: array("d"))
    complete: bool = True  #: every match of the word is here

    def covers(self, rowid: int) -> bool:
        """Is every match of the word from ``rowid`` on in the window?"""
        return self.complete or (bool(self.ids) and rowid >= self.ids[-1])


@dataclass
class Prepared:
    """The broad words' scores for one database state."""

    state: tuple[Any, ...]
    terms: dict[str, Term] = field(default_factory=dict)
    took: float = 0.0


_prepared: dict[str, Prepared] = {}
_running: dict[str, asyncio.Task[None]] = {}


def plain_terms(expression: str) -> list[str] | None:
    """The words of an FTS5 expression of plain words joined by AND (as ``german_query``
    writes them), else None."""
    if not _PLAIN.match(expression):
        return None
    return _TERM.findall(expression)


def broad_terms(conn: Any) -> list[str]:
    """The words held by at least :data:`BROAD_SHARE` of the newest articles, most frequent
    first (none for a small archive)."""
    top = conn.execute("select max(rowid) from articles").fetchone()
    if not top or (top[0] or 0) < MIN_ARTICLES:
        return []
    rows = conn.execute("select title, lead, body from articles order by rowid desc limit ?",
                        [SAMPLE]).fetchall()  # fmt: skip
    counts: Counter[str] = Counter()
    for title, lead, body in rows:
        counts.update(set(" ".join(search_row(title, lead, body).values()).split()))
    need = max(1.0, BROAD_SHARE * len(rows))
    return [term for term, n in counts.most_common(MAX_TERMS) if n >= need]


def score_term(conn: Any, term: str) -> Term:
    """The newest :data:`WINDOW` matches of one word with their bm25 scores."""
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    table = search.SEARCH_TABLE
    sql = (f"select rowid, bm25({table}, {w1}, {w2}, {w3}, {w4}) from {table} "
           f"where {table} match ? order by rowid desc limit {WINDOW + 1}")  # fmt: skip
    found = Term()
    for rowid, score in conn.execute(sql, ['"' + term + '"']):
        found.ids.append(rowid)
        found.scores.append(score)
    if len(found.ids) > WINDOW:
        found.complete = False
        found.ids.pop()
        found.scores.pop()
    return found


def current(db: Any, state: tuple[Any, ...]) -> Prepared | None:
    """The prepared scores of ``db`` if they belong to ``state``."""
    prepared = _prepared.get(str(db.path or db.name))
    return prepared if prepared is not None and prepared.state == state else None


def status(db: Any, state: tuple[Any, ...]) -> str:
    """``ready`` (scores of this state), ``building`` or ``none`` (nothing prepared yet)."""
    key = str(db.path or db.name)
    if current(db, state) is not None:
        return "ready"
    return "building" if key in _running else "none"


def start(db: Any, state: tuple[Any, ...]) -> None:
    """Prepare the scores of ``db`` at ``state`` in the background (once at a time)."""
    key = str(db.path or db.name)
    if key in _running or current(db, state) is not None:
        return
    _running[key] = asyncio.get_running_loop().create_task(_prepare(db, key, state))


async def _prepare(db: Any, key: str, state: tuple[Any, ...]) -> None:
    try:
        started = time.monotonic()
        prepared = Prepared(state)
        for term in await db.execute_fn(broad_terms):
            # one statement per word: other requests get the SQL threads in between
            prepared.terms[term] = await db.execute_fn(lambda conn, t=term: score_term(conn, t))
        prepared.took = time.monotonic() - started
        _prepared[key] = prepared
    finally:
        _running.pop(key, None)


def single(prepared: Prepared, expression: str, cap: int) -> tuple[array, array, bool] | None:
    """The newest ``cap`` matches of a one-word query with their scores and whether there
    are more, when the word is prepared."""
    terms = plain_terms(expression)
    if terms is None or len(terms) != 1 or terms[0] not in prepared.terms:
        return None
    term = prepared.terms[terms[0]]
    if not term.complete and len(term.ids) < cap:
        return None
    return term.ids[:cap], term.scores[:cap], len(term.ids) > cap or not term.complete


def scores(prepared: Prepared, expression: str, ids: array) -> array | None:
    """The bm25 scores of these matches (newest first) of a query of words joined by AND,
    summed from the words' scores; None unless every word is prepared and covers them."""
    terms = plain_terms(expression)
    if terms is None or not ids or any(t not in prepared.terms for t in terms):
        return None
    oldest = ids[-1]
    if not all(prepared.terms[t].covers(oldest) for t in terms):
        return None
    total = array("d", bytes(8 * len(ids)))
    first = True
    for word in terms:
        term = prepared.terms[word]
        inside = bisect_right(term.ids, -oldest, key=neg)  # ids newest first
        lookup = dict(zip(islice(term.ids, inside), islice(term.scores, inside), strict=True))
        if first:  # FTS5 adds the phrases' parts in order, from the first one on
            total = array("d", (lookup[rowid] for rowid in ids))
            first = False
        else:
            total = array("d", (s + lookup[rowid] for s, rowid in zip(total, ids, strict=True)))
    return total


def clear() -> None:
    """Forget every prepared score (tests)."""
    _prepared.clear()
