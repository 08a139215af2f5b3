"""Exact bm25 scores of the archive's broad search terms, prepared in the background.

A search for a broad word ("Bank") costs FTS5's ``bm25()`` a scan of the word's whole
doclist (for its idf) plus one score per match: 60-300 ms at 1,000,000 articles. The
score of a query made of plain words joined by AND is the sum of the scores each word
has alone (FTS5 adds ``idf * tf-part`` per phrase, with the same row length, average
length and idf), so the scores of the broad words, read once per database state, rank
every such query exactly:

- one broad word: its newest matches and scores are the answer (no SQL);
- broad words joined by AND: the intersection of the words' windows (bitsets) from the
  highest floor of an incomplete window on is exact; it is the answer when it holds more
  than :data:`~newsarchive.serve.matches.SEARCH_CAP` matches (or every window is
  complete), each score the sum of the words' scores (no SQL); otherwise, and for
  phrases, prefixes, OR and NOT, the search is scored with SQL in one pass as before
  (newsarchive/serve/matches.py).

A window is every match of its word from one rowid on (:func:`plan`): at least the
newest :data:`WINDOW`; the shortest doclists complete; all other words share one rowid
span, so words joined by AND intersect exactly inside it, however common each is.

Which words are prepared is decided by their cost, never from a list of queries: a word
whose doclist is long enough that SQL's bm25 costs a cold search more than ~50 ms, i.e.
held by an estimated :data:`DF_MIN` articles or more (its share of the newest
:data:`SAMPLE` articles times the archive's size), the longest doclists first, as many as
:data:`MAX_BYTES` of scores and :data:`MAX_SECONDS` of preparation allow. The German
analysis keeps stop words ("die", "im": ``german_query("die Bank")`` is ``"die" AND
"bank"``), so they are ranked on and prepared like any broad word. Scores of an older
database state are never used; ``ARCHIVE_SEARCH_PREPARED=0`` (newsarchive/settings.py)
turns the preparation off.
"""

from __future__ import annotations

import asyncio
import re
import time
from array import array
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from newsarchive import settings
from newsarchive.archive import search
from newsarchive.archive.search_index import search_row
from newsarchive.serve import deepscores, rowbits
from newsarchive.serve.reading import SEARCH_CAP

#: Newest articles read to estimate how many articles hold each word.
SAMPLE = 1000
#: A word is prepared when about this many articles hold it: from here on SQL's bm25
#: (the idf scan of the whole doclist, then the scores) costs a cold search more than
#: ~50 ms (measured at 1,000,000 articles: 28-160 ms at 7,000-16,000 articles, 80-600 ms
#: from 30,000 on, on a loaded 2-core machine). Smaller archives prepare fewer words, or none.
DF_MIN = 20_000
#: Newest matches kept at least per word (rowid and score: 16 bytes each): one more than a
#: results page ranks, so a one-word search is always answered from its window.
WINDOW = SEARCH_CAP + 1
#: Memory budget of the prepared scores (bytes, 16 per kept match): the longest doclists
#: first, each at least its :data:`WINDOW`.
MAX_BYTES = 192 * 2**20
#: Share of the budget left after the minimum windows that makes the shortest doclists
#: complete (every AND among complete words is exact); the rest buys one rowid span for
#: every other word (see :func:`plan`).
COMPLETE_SHARE = 0.5
#: Time budget of one preparation (seconds): words left when it is over go to SQL.
MAX_SECONDS = 600.0

_PLAIN = re.compile(r'^\("[^"\s]+"(?: AND "[^"\s]+")*\)$')
#: A query of one phrase of two or more words, as ``german_query`` writes it.
_PHRASE = re.compile(r'^\(\(\{title text\} : "([^"]+ [^"]+)"\)\)$')
_TERM = re.compile(r'"([^"\s]+)"')


@dataclass
class Term:
    """The newest matches of one word (rowids newest first) with their bm25 scores."""

    ids: array = field(default_factory=lambda: array("q"))
    scores: array = field(default_factory=lambda: array("d"))
    complete: bool = True  #: every match of the word is here
    bits: int = 0  #: the rowids as a bitset (newsarchive/serve/rowbits.py)
    deep: deepscores.Deep | None = None  #: older matches below the window


@dataclass
class Prepared:
    """The broad words' scores for one database state."""

    state: tuple[Any, ...]
    terms: dict[str, Term] = field(default_factory=dict)
    took: float = 0.0  #: seconds until the windows were ready
    deep_took: float = 0.0  #: seconds until the deep parts were ready too


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


def _least(df: float) -> float:
    """Matches a word's window keeps at the least."""
    return min(df + 1, WINDOW)


def plan(conn: Any) -> tuple[list[str], dict[str, int]]:
    """The words to prepare, longest doclist first, as many as :data:`MAX_BYTES` allow at
    their :data:`WINDOW`, and each word's floor: its window keeps every match from that
    rowid on (and at least its newest :data:`WINDOW`). Of the budget left,
    :data:`COMPLETE_SHARE` makes the shortest doclists complete (floor 0); the rest is
    one rowid span for every other word, as long as the budget allows, so that words
    joined by AND intersect exactly inside the span."""
    size, shares = estimate(conn)
    chosen: list[tuple[str, float]] = []
    budget = MAX_BYTES / 16
    for term, share in shares:  # each word: its least window and its bitset (size / 8 bytes)
        if _least(size * share) + size / 128 > budget:
            break
        budget -= _least(size * share) + size / 128
        chosen.append((term, share))
    floors = {term: size + 1 for term, _ in chosen}
    completing = budget * COMPLETE_SHARE
    for term, share in reversed(chosen):  # shortest doclist first
        extra = size * share + 1 - _least(size * share)
        if extra > completing:
            break
        completing -= extra
        floors[term] = 0
    rest = budget * (1 - COMPLETE_SHARE) + completing
    spanned = [share for term, share in chosen if floors[term]]

    def cost(span: int) -> float:
        return sum(min(size * share + 1, max(WINDOW, share * span)) - _least(size * share)
                   for share in spanned)  # fmt: skip

    low, high = 0, size
    while low < high:  # the widest span within the budget left
        middle = (low + high + 1) // 2
        low, high = (middle, high) if cost(middle) <= rest else (low, middle - 1)
    for term, _ in chosen:
        if floors[term]:
            floors[term] = size + 1 - low if low < size else 0
    return [term for term, _ in chosen], floors


def broad_terms(conn: Any) -> list[str]:
    """The words :func:`plan` prepares, longest doclist first."""
    return plan(conn)[0]


def score_term(conn: Any, term: str, floor: int = 0, deep: int | None = None) -> Term:
    """The matches of one word from rowid ``floor`` on (at least its newest
    :data:`WINDOW`) with their bm25 scores (fetched in C); with ``deep``, those from
    rowid ``deep`` up to the window as its deep part (:func:`deep_part`)."""
    phrase, top = '"' + term + '"', 2**63 - 1
    rows = conn.execute(deepscores.sql(), [phrase, floor, top]).fetchall()
    if len(rows) < WINDOW and floor:  # the newest WINDOW reach below the floor
        more = [phrase, 0, floor, WINDOW - len(rows)]
        rows += conn.execute(deepscores.sql(" limit ?"), more).fetchall()
    ids = array("q", map(itemgetter(0), rows))
    found = Term(ids, array("d", map(itemgetter(1), rows)), True, rowbits.bitset(ids))
    if floor and ids:  # is any match older than the window?
        older = "select rowid from {0} where {0} match ? and rowid < ? limit 1"
        found.complete = not conn.execute(older.format(search.SEARCH_TABLE),
                                          [phrase, ids[-1]]).fetchall()  # fmt: skip
    if deep is not None:
        found.deep = deep_part(conn, term, found, deep)
    return found


def deep_part(conn: Any, term: str, window: Term, deep: int) -> deepscores.Deep | None:
    """The deep part of a word's incomplete ``window``: from rowid ``deep`` up to it."""
    return None if window.complete else deepscores.read(conn, term, deep, window.ids[-1])


def current(db: Any, state: tuple[Any, ...]) -> Prepared | None:
    """The prepared scores of ``db`` if they belong to ``state``."""
    prepared = _prepared.get(str(db.path or db.name))
    return prepared if prepared is not None and prepared.state == state else None


def status(db: Any, state: tuple[Any, ...]) -> str:
    """``ready`` (scores of this state), ``deep`` (its windows ready, the deep parts
    still being read), ``building`` or ``none`` (nothing prepared yet)."""
    key = str(db.path or db.name)
    if current(db, state) is not None:
        return "deep" if key in _running else "ready"
    return "building" if key in _running else "none"


def start(db: Any, state: tuple[Any, ...]) -> None:
    """Prepare the scores of ``db`` at ``state`` in the background (once at a time)."""
    key = str(db.path or db.name)
    if not settings.ARCHIVE_SEARCH_PREPARED or key in _running or current(db, state):
        return
    _running[key] = asyncio.get_running_loop().create_task(_prepare(db, key, state))


async def _prepare(db: Any, key: str, state: tuple[Any, ...]) -> None:
    """Two passes, one statement per word each (other requests get the SQL threads in
    between): the windows, after which searches use them (``ready``: :func:`status`
    says ``deep`` while the second pass runs), then the deep parts below the windows
    (newsarchive/serve/deepscores.py), each used once every word of a search has one."""
    try:
        started = time.monotonic()
        prepared = Prepared(state)
        terms, floors = await db.execute_fn(plan)
        size = max(floors.values(), default=0)
        for term in terms:
            if time.monotonic() - started > MAX_SECONDS:
                break  # the rest is scored with SQL
            prepared.terms[term] = await db.execute_fn(
                lambda conn, t=term: score_term(conn, t, floors[t])
            )
        prepared.took = time.monotonic() - started
        _prepared[key] = prepared
        spanned = {t: w for t, w in prepared.terms.items() if floors[t] and not w.complete}
        reach = deepscores.span(size, [deepscores.density(w) for w in spanned.values()])
        for depth in (reach // 2, reach):  # every word half-way first, then all the way
            for term, window in spanned.items():
                if time.monotonic() - started > MAX_SECONDS:
                    break  # the words left keep what they have (or SQL reads below them)
                low = max(0, floors[term] - depth)
                window.deep = await db.execute_fn(
                    lambda conn, t=term, w=window, d=low: deepscores.deepen(conn, t, w, d)
                )
        prepared.deep_took = time.monotonic() - started
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


def _common(prepared: Prepared, expression: str) -> tuple[list[Term], int, int] | None:
    """The windows of words joined by AND (every one prepared), the highest floor of an
    incomplete window (0: all complete) and the windows' intersection (a bitset), exact
    from that floor on: the window that ends there holds no older match."""
    terms = plain_terms(expression)
    if terms is None or len(terms) < 2 or any(t not in prepared.terms for t in terms):
        return None
    words = [prepared.terms[t] for t in terms]
    floor = max((w.ids[-1] for w in words if not w.complete), default=0)
    common = words[0].bits
    for word in words[1:]:
        common &= word.bits
    return words, floor, common


def _scored(words: list[Term], common: int, cap: int, low: int) -> tuple[array, array]:
    """The newest ``cap`` rowids of ``common`` (no bit below ``low``, the highest floor:
    the bitset is shifted, so only the span is read) with the sum of the words' scores
    (``deepscores.total``: their windows hold the intersection)."""
    ids = rowbits.top(common >> low, cap) + low
    total = deepscores.total(words, ids)
    if total is None:  # cannot happen: the windows hold their intersection
        raise ValueError("a window lacks a match of the intersection")
    return rowbits.to_array(ids), deepscores.scores_array(total)


def conjunction(prepared: Prepared, expression: str, cap: int
                ) -> tuple[array, array, bool] | None:  # fmt: skip
    """The newest ``cap`` matches of words joined by AND with their scores (the sum of the
    words' scores, in the query's order as FTS5 adds them) and whether there are more,
    when every word is prepared and the windows hold the answer: every window holds all
    its word's matches from the highest floor of an incomplete window on, so the
    intersection there is exact; more than ``cap`` matches there, or every window
    complete, answer it. Else None (:func:`newer_part` and SQL)."""
    found = _common(prepared, expression)
    if found is None:
        return None
    words, floor, common = found
    capped = common.bit_count() > cap
    if not capped and floor:
        return None  # older matches may lie beyond a window
    return (*_scored(words, common, cap, floor), capped)


def newer_span(prepared: Prepared, expression: str, cap: int
               ) -> tuple[list[Term], int, int] | None:  # fmt: skip
    """When :func:`conjunction` cannot answer because older matches may lie beyond a
    window: the words' windows, the highest floor and their intersection (at most ``cap``
    matches from the floor on, every one exact: :func:`span_scores`); SQL reads the rest
    (rowids below the floor), whose bm25 is the same (FTS5's idf and average length do not
    depend on the rowid range). None otherwise."""
    found = _common(prepared, expression)
    if found is None:
        return None
    _, floor, common = found
    if not floor or common.bit_count() > cap:
        return None
    return found


def span_scores(words: list[Term], common: int, cap: int, floor: int) -> tuple[array, array]:
    """The matches of :func:`newer_span` from the floor on with their scores."""
    return _scored(words, common, cap, floor)


def newer_part(prepared: Prepared, expression: str, cap: int
               ) -> tuple[array, array, int] | None:  # fmt: skip
    """:func:`newer_span`'s exact matches from the floor on with their scores, and that
    floor (``matches.read`` reads the older ones with SQL). None otherwise."""
    found = newer_span(prepared, expression, cap)
    if found is None:
        return None
    words, floor, common = found
    return (*_scored(words, common, cap, floor), floor)


def answer(prepared: Prepared, expression: str, cap: int) -> tuple[array, array, bool] | None:
    """:func:`single` or :func:`conjunction`: the matches of a query of prepared words
    with exact scores, or None (SQL)."""
    return single(prepared, expression, cap) or conjunction(prepared, expression, cap)


def phrase_terms(prepared: Prepared, expression: str) -> list[str] | None:
    """The words of a query made of one phrase when every one is prepared, else None."""
    found = _PHRASE.match(expression)
    if found is None:
        return None
    terms = found.group(1).split()
    return terms if all(t in prepared.terms for t in terms) else None


def phrase_scores(prepared: Prepared, terms: list[str], ids: array) -> array | None:
    """Scores of a one-phrase query's exact matches ``ids`` (newest first) by the phrase's
    words: each match's score is the sum of its words' own bm25 scores (a Lucene-like
    phrase weight: the words' idf and term frequencies, in the order of the phrase), so a
    cold phrase costs one scan for its matches and no bm25 (whose idf scan of the
    phrase's positions over the whole table cost 240-470 ms at 1,000,000 articles; for a
    single phrase that idf is a constant factor). The words' windows and, below them,
    their deep parts hold the scores (``deepscores.sums``); None when a match lies below
    both (its score is unknown: SQL's bm25 ranks the phrase then)."""
    return deepscores.sums([prepared.terms[t] for t in terms], ids)


def clear() -> None:
    """Forget every prepared score (tests)."""
    _prepared.clear()
