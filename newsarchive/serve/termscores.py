"""Exact bm25 scores of the archive's broad search terms, prepared in the background.

A search for a broad word ("Bank") costs FTS5's ``bm25()`` a scan of the word's whole
doclist (for its idf) plus one score per match: 60-300 ms at 1,000,000 articles. Once per
database state, every broad word's whole list of matches is read once with its own bm25
scores and kept compactly (newsarchive/serve/bm25.py: a bitset, one byte of term
frequency a match, the rows' lengths shared), from which FTS5's bm25 of any query of
prepared words joined by AND is computed in Python, the same floats as FTS5's:

- plain words joined by AND (one word too): the intersection of the words' bitsets, its
  newest :data:`~newsarchive.serve.matches.SEARCH_CAP` matches scored (no SQL);
- phrases (with plain words, joined by AND) whose words are all prepared: the matches
  come from SQL without bm25 (rowids only, no idf scan of the phrase's positions), ranked
  by the bm25 of all their words joined by AND (:func:`phrase_scorer`; a documented
  ranking change: FTS5 would rank by the phrase's own frequency);
- prefixes, OR, NOT and words not prepared are scored with SQL in one pass
  (newsarchive/serve/matches.py).

Which words are prepared is decided by their cost, never from a list of queries: a word
whose doclist is long enough that SQL's bm25 costs a cold search more than ~50 ms, i.e.
held by an estimated :data:`DF_MIN` articles or more (its share of the newest
:data:`SAMPLE` articles times the archive's size), the longest doclists first, as many as
:data:`MAX_BYTES` and :data:`MAX_SECONDS` of preparation allow. The German analysis keeps
stop words ("die", "im": ``german_query("die Bank")`` is ``"die" AND "bank"``), so they
are ranked on and prepared like any broad word. Scores of an older database state are
never used; ``ARCHIVE_SEARCH_PREPARED=0`` (newsarchive/settings.py) turns it off.
"""

from __future__ import annotations

import asyncio
import re
import time
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from newsarchive import settings
from newsarchive.archive import search
from newsarchive.archive.search_index import search_row
from newsarchive.serve import bm25, rowbits

#: Newest articles read to estimate how many articles hold each word.
SAMPLE = 1000
#: A word is prepared when about this many articles hold it: from here on SQL's bm25
#: (the idf scan of the whole doclist, then the scores) costs a cold search more than
#: ~50 ms (measured at 1,000,000 articles: 28-160 ms at 7,000-16,000 articles, 80-600 ms
#: from 30,000 on, on a loaded 2-core machine). Smaller archives prepare fewer words, or none.
DF_MIN = 20_000
#: Memory budget of the prepared data (bytes): per word one byte a match, its bitset
#: (``size / 8``) and its block counts (``size / 16``); the rows' lengths (``8 * size``).
MAX_BYTES = 192 * 2**20
#: Time budget of one preparation (seconds): words left when it is over go to SQL. Each
#: word's whole doclist is read with bm25 (about 7 us a match on a loaded 2-core machine:
#: 600 s did not cover the 85 million matches of 355 words at 1,000,000 articles).
MAX_SECONDS = 1200.0
#: Rows read from SQL at a time while a word is prepared.
BATCH = 10_000

_PLAIN = re.compile(r'^\("[^"\s]+"(?: AND "[^"\s]+")*\)$')
_TERM = re.compile(r'"([^"\s]+)"')
#: An AND item as ``german_query`` writes it: a word, or a phrase in some columns.
_ITEM = r'(?:"[^"\s]+"|\(\{[^{}]*\} : "[^"\s]+(?: [^"\s]+)+"\))'
_PHRASED = re.compile(rf"^\({_ITEM}(?: AND {_ITEM})*\)$")
_WORDS = re.compile(r'"([^"]+)"')


@dataclass
class Prepared:
    """The broad words' data for one database state."""

    state: tuple[Any, ...]
    table: bm25.Table = field(default_factory=lambda: bm25.Table(0, 1.0))
    terms: dict[str, bm25.Word] = field(default_factory=dict)
    took: float = 0.0

    def nbytes(self) -> int:
        """Memory held by the arrays."""
        lengths = self.table.lengths
        return lengths.itemsize * len(lengths) + sum(w.nbytes() for w in self.terms.values())


_prepared: dict[str, Prepared] = {}
_running: dict[str, asyncio.Task[None]] = {}


def plain_terms(expression: str) -> list[str] | None:
    """The words of an FTS5 expression of plain words joined by AND (as ``german_query``
    writes them), else None."""
    if not _PLAIN.match(expression):
        return None
    return _TERM.findall(expression)


def estimate(conn: Any) -> tuple[int, list[tuple[str, float]]]:
    """The archive's highest rowid and the words an estimated :data:`DF_MIN` articles or
    more hold with their share of the newest :data:`SAMPLE` articles, the most common
    first."""
    top = conn.execute("select max(rowid) from articles").fetchone()
    size = (top[0] or 0) if top else 0
    if size < DF_MIN:
        return size, []
    rows = conn.execute("select title, lead, body from articles order by rowid desc limit ?",
                        [SAMPLE]).fetchall()  # fmt: skip
    counts: Counter[str] = Counter()
    for title, lead, body in rows:
        counts.update(set(" ".join(search_row(title, lead, body).values()).split()))
    return size, [(term, n / len(rows)) for term, n in counts.most_common()
                  if size * n / len(rows) >= DF_MIN]  # fmt: skip


def plan(conn: Any) -> list[str]:
    """The words to prepare, longest doclist first, as many as :data:`MAX_BYTES` allow
    (each whole: one byte a match, its bitset and block counts; the rows' lengths once)."""
    size, shares = estimate(conn)
    budget: float = MAX_BYTES - 8 * (size + 1)
    chosen: list[str] = []
    for term, share in shares:
        cost = size * share + size / 8 + size / 16
        if cost > budget:
            break
        budget -= cost
        chosen.append(term)
    return chosen


def broad_terms(conn: Any) -> list[str]:
    """The words :func:`plan` prepares, longest doclist first."""
    return plan(conn)


def score_term(conn: Any, term: str, table: bm25.Table) -> bm25.Word | None:
    """One word's whole list of matches read with its bm25 scores, kept compactly (None:
    its scores do not come back exactly; it is left to SQL)."""
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    name = search.SEARCH_TABLE
    cursor = conn.execute(f"select rowid, bm25({name}, {w1}, {w2}, {w3}, {w4}) from {name} "
                          f"where {name} match ? order by rowid", ['"' + term + '"'])  # fmt: skip
    ids, scores = array("q"), array("d")
    while rows := cursor.fetchmany(BATCH):
        ids.extend(map(itemgetter(0), rows))
        scores.extend(map(itemgetter(1), rows))
    return bm25.make_word(table, ids, scores)


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
    if not settings.ARCHIVE_SEARCH_PREPARED or key in _running or current(db, state):
        return
    _running[key] = asyncio.get_running_loop().create_task(_prepare(db, key, state))


async def _prepare(db: Any, key: str, state: tuple[Any, ...]) -> None:
    try:
        started = time.monotonic()
        prepared = Prepared(state, await db.execute_fn(bm25.read_table))
        used = prepared.nbytes()
        for term in await db.execute_fn(plan):
            if time.monotonic() - started > MAX_SECONDS:
                break  # the rest is scored with SQL
            # one statement per word: other requests get the SQL threads in between
            word = await db.execute_fn(
                lambda conn, t=term: score_term(conn, t, prepared.table))  # fmt: skip
            if word is not None and used + word.nbytes() <= MAX_BYTES:
                prepared.terms[term] = word
                used += word.nbytes()
        prepared.took = time.monotonic() - started
        _prepared[key] = prepared
    finally:
        _running.pop(key, None)


Scorer = Callable[[array], array]


def answer(prepared: Prepared, expression: str, cap: int) -> tuple[array, bool, Scorer] | None:
    """The newest ``cap`` matches of plain words joined by AND (one word too), every one
    prepared, whether there are more, and their scorer: FTS5's bm25 of any of them, the
    same floats (:func:`newsarchive.serve.bm25.scores`); else None (SQL)."""
    terms = plain_terms(expression)
    if terms is None or any(t not in prepared.terms for t in terms):
        return None
    words = [prepared.terms[t] for t in terms]
    common = words[0].bits()
    for word in words[1:]:
        common &= word.bits()
    return rowbits.newest(common, cap), common.bit_count() > cap, _scorer(prepared, words)


def phrase_scorer(prepared: Prepared, expression: str) -> Scorer | None:
    """For phrases (with plain words) joined by AND whose words are all prepared: the
    scorer of their matches (each holds every word), the bm25 of all their words joined
    by AND in the query's order (a ranking change: FTS5 would count the phrase's own
    instances, which the prepared words do not hold); else None."""
    if plain_terms(expression) is not None or not _PHRASED.match(expression):
        return None
    terms = [term for group in _WORDS.findall(expression) for term in group.split()]
    if any(t not in prepared.terms for t in terms):
        return None
    return _scorer(prepared, [prepared.terms[t] for t in terms])


def _scorer(prepared: Prepared, words: list[bm25.Word]) -> Scorer:
    table = prepared.table
    return lambda ids: bm25.scores(table, words, ids)


def clear() -> None:
    """Forget every prepared score (tests)."""
    _prepared.clear()
