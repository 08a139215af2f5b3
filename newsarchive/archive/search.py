"""German full-text search: a stemmed, umlaut-folded, decompounded shadow index.

SQLite's ``unicode61`` tokenizer (``articles_fts``) only folds case and diacritics: it
cannot find "Banken" for "Bank" or "Großbank" for "Bank". FTS5 tokenizers cannot be
written in Python, so this module normalises the text itself and stores the result in a
second FTS5 table, ``articles_search``, whose rowid is the ``articles`` rowid:

``title`` / ``text``
    the stems of the title and of lead + body, one per word, in order (so phrase
    queries work on stems: "sozialen Netzwerken" finds "soziale Netzwerke");
``title_parts`` / ``text_parts``
    the stemmed parts of compound words ("Großbank" → ``gross bank``), kept apart so
    they do not break phrase positions and weigh less in the ranking.

Normalisation (:func:`fold`, then the Snowball "german" stemmer from PyStemmer):
lower case, ß → ss, diacritics removed and the umlaut spellings ae/oe/ue folded to
a/o/u, so "Gründer", "Gruender" and "Grunder" meet. The same functions turn a user's
query into a safe FTS5 expression (:func:`parse_query`), so both sides always agree.
"""

from __future__ import annotations

import functools
import html
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import Stemmer

from newsarchive.extract.data import INVISIBLE
from newsarchive.topics.classifier import read_lines, read_table

#: The shadow FTS5 table; its rowid is the rowid of the article in ``articles``.
SEARCH_TABLE = "articles_search"

#: Column weights for ``bm25()``: title, text, title_parts, text_parts.
BM25_WEIGHTS = (10.0, 1.0, 5.0, 0.5)

#: A compound's parts must be this long (shorter words in the lexicon are ignored
#: unless listed in :data:`SHORT_PARTS`).
MIN_PART = 4
SHORT_PARTS = frozenset({"app", "web", "fan"})

#: Linking elements (Fugenelemente) that may join two compound parts, longest first.
LINKERS = ("ens", "es", "en", "er", "n", "s", "e")

#: Snippet markers around a matched word; the Datasette plugin turns them into <mark>.
MARK_START, MARK_END = "⟦", "⟧"

_WORD = re.compile(r"\w+(?:-\w+)*")
_UMLAUT_SPELLINGS = re.compile(r"ae|oe|(?<!q)ue")
_stemmer = Stemmer.Stemmer("german")


def fold(text: str) -> str:
    """Lower case, ß → ss, no diacritics, ae/oe/ue → a/o/u ("Gründer" → "grunder"), no soft
    hyphens or zero-width characters ("be\xadliebt" → "beliebt")."""
    text = text.translate(INVISIBLE).lower().replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _UMLAUT_SPELLINGS.sub(lambda m: m.group(0)[0], text)


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The stem of one folded word."""
    return str(_stemmer.stemWord(word))


def _lexicon_words() -> Iterator[str]:
    yield from read_lines("compound_parts.txt")
    # One-word bank and network names: "Sparkasse", "Postbank", "Facebook", "TikTok".
    for name in ("banks.tsv", "networks.tsv"):
        yield from (row["name"] for row in read_table(name) if row["name"].isalpha())


@functools.cache
def lexicon() -> frozenset[str]:
    """The stems of known compound parts."""
    stems = set()
    for word in _lexicon_words():
        folded = fold(word)
        if len(folded) >= MIN_PART or folded in SHORT_PARTS:
            stems.add(stem(folded))
    return frozenset(s for s in stems if len(s) >= 3)


def _strip_linker(rest: str) -> Iterator[str]:
    yield rest
    for linker in LINKERS:
        if rest.startswith(linker) and len(rest) - len(linker) >= 3:
            yield rest[len(linker) :]


def _split(word: str, parts: set[str], depth: int = 0) -> None:
    """Add the known parts of the folded compound ``word`` to ``parts``."""
    if depth > 3 or len(word) < 6:
        return
    known = lexicon()
    stemmed = stem(word)
    # The head: the longest known part the (stemmed) word ends with.
    for i in range(3, len(stemmed) - 2):
        head = stemmed[i:]
        if head in known and (len(head) >= MIN_PART or head in SHORT_PARTS):
            parts.add(head)
            front = word[:i]
            for candidate in _strip_linker(front[::-1]):  # linkers end the front part
                modifier = candidate[::-1]
                if stem(modifier) in known:
                    parts.add(stem(modifier))
                    break
            _split(front, parts, depth + 1)
            break
    # The modifier: the longest known part the word starts with.
    for i in range(len(word) - 4, 2, -1):
        modifier = word[:i]
        if modifier in known and (len(modifier) >= MIN_PART or modifier in SHORT_PARTS):
            parts.add(modifier)
            for rest in _strip_linker(word[i:]):
                if stem(rest) in known:
                    parts.add(stem(rest))
                    break
            _split(word[i:], parts, depth + 1)
            break


@functools.lru_cache(maxsize=500_000)
def analyse(word: str) -> tuple[str, tuple[str, ...]]:
    """The index terms of one folded word: its stem and the stems of its known parts.

    A hyphenated word ("commerzbank-chef") yields the stems of its pieces, space
    separated, and the joined compound's parts.
    """
    pieces = [p for p in word.split("-") if p]
    stems = " ".join(stem(p) for p in pieces)
    parts: set[str] = set()
    if len(pieces) > 1:
        joined = "".join(pieces)
        parts.add(stem(joined))
        _split(joined, parts)
    for piece in pieces:
        _split(piece, parts)
    parts -= set(stems.split())
    return stems, tuple(sorted(parts))


def words(text: str) -> list[str]:
    """The folded words of ``text`` (hyphenated compounds kept together)."""
    return _WORD.findall(fold(text or ""))


def index_terms(text: str) -> tuple[str, str]:
    """``(stems, parts)``: the two index strings for a piece of text."""
    stems: list[str] = []
    parts: list[str] = []
    for word in words(text):
        word_stems, word_parts = analyse(word)
        stems.append(word_stems)
        parts.extend(word_parts)
    return " ".join(stems), " ".join(parts)


def search_row(title: str | None, lead: str | None, body: str | None) -> dict[str, str]:
    """The ``articles_search`` columns for an article."""
    title_stems, title_parts = index_terms(title or "")
    text_stems, text_parts = index_terms(f"{lead or ''}\n{body or ''}")
    return {"title": title_stems, "text": text_stems, "title_parts": title_parts,
            "text_parts": text_parts}  # fmt: skip


# --- the index ---------------------------------------------------------------------------


def create_table(conn: Any) -> None:
    """Create the shadow FTS5 table (``conn``: a sqlite-utils Database or sqlite3 connection)."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
        "title, text, title_parts, text_parts, tokenize = 'unicode61 remove_diacritics 2')"
    )


def index_article(conn: Any, url: str) -> None:
    """(Re)index the stored article ``url``; call after writing its ``articles`` row."""
    rows = conn.execute(
        "SELECT rowid, title, lead, body FROM articles WHERE url = ?", [url]
    ).fetchall()
    conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
                 "(SELECT rowid FROM articles WHERE url = ?)", [url])  # fmt: skip
    for rowid, title, lead, body in rows:
        _insert(conn, [(rowid, search_row(title, lead, body))])


def unindex_article(conn: Any, url: str) -> None:
    """Remove the article ``url`` from the index; call before deleting its row."""
    conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
                 "(SELECT rowid FROM articles WHERE url = ?)", [url])  # fmt: skip


def _insert(conn: Any, rows: Iterable[tuple[int, dict[str, str]]]) -> None:
    sql = (f"INSERT INTO {SEARCH_TABLE} (rowid, title, text, title_parts, text_parts) "
           "VALUES (?, ?, ?, ?, ?)")  # fmt: skip
    values = [
        (rowid, r["title"], r["text"], r["title_parts"], r["text_parts"]) for rowid, r in rows
    ]
    if isinstance(conn, sqlite3.Connection):
        conn.executemany(sql, values)
    else:
        conn.conn.executemany(sql, values)


def rebuild(conn: Any, batch: int = 2000) -> int:
    """Index every article afresh (after a lexicon change or a VACUUM); returns the count."""
    create_table(conn)
    conn.execute(f"DELETE FROM {SEARCH_TABLE}")
    cursor = (conn if isinstance(conn, sqlite3.Connection) else conn.conn).cursor()
    cursor.execute("SELECT rowid, title, lead, body FROM articles")
    count = 0
    while chunk := cursor.fetchmany(batch):
        _insert(conn, ((r[0], search_row(r[1], r[2], r[3])) for r in chunk))
        count += len(chunk)
    return count


# --- batch writes (the store stage) ------------------------------------------------------


_INVISIBLE = re.compile("[" + "".join(chr(c) for c in INVISIBLE) + "]")


@functools.lru_cache(maxsize=200_000)
def token_terms(token: str) -> tuple[str, str]:
    """:func:`index_terms` of one token without white space, cached (most tokens of a new
    text were seen before)."""
    return index_terms(token)


def cached_index_terms(text: str) -> tuple[str, str]:
    """:func:`index_terms` of ``text``, token by token through :func:`token_terms`: the same
    result, since :func:`fold` never joins or splits across white space."""
    if _INVISIBLE.search(text):
        text = text.translate(INVISIBLE)
    terms = list(map(token_terms, text.split()))
    stems = " ".join(filter(None, [t[0] for t in terms]))
    return stems, " ".join(filter(None, [t[1] for t in terms]))


def index_rows(conn: Any, rows: Iterable[tuple[int, str | None, str | None, str | None]]) -> None:
    """Index articles not in the index yet, given as ``(rowid, title, lead, body)``, in one
    statement (after :func:`unindex_rowids` for articles being replaced)."""
    entries = []
    for rowid, title, lead, body in rows:
        title_stems, title_parts = cached_index_terms(title or "")
        text_stems, text_parts = cached_index_terms(f"{lead or ''}\n{body or ''}")
        entries.append((rowid, {"title": title_stems, "text": text_stems,
                                "title_parts": title_parts, "text_parts": text_parts}))  # fmt: skip
    _insert(conn, entries)


def unindex_rowids(conn: Any, rowids: Iterable[int]) -> None:
    """Remove articles from the index by rowid; call before changing or deleting their rows."""
    raw = conn if isinstance(conn, sqlite3.Connection) else conn.conn
    raw.executemany(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", [(r,) for r in rowids])


# --- queries -----------------------------------------------------------------------------

#: An expression that is valid FTS5 and matches nothing (no index term contains "_").
NOTHING = '"_"'

_QUERY_TOKEN = re.compile(
    r'(?P<neg>-)?(?:"(?P<q1>[^"]*)("|$)|„(?P<q2>[^“”"]*)([“”"]|$)|(?P<w>[^\s"„]+))'
)
_IGNORED = re.compile(r"[^\w\s\"„“”*\-]")


@dataclass
class Query:
    """A user's query as an FTS5 expression over ``articles_search``."""

    text: str
    expression: str = NOTHING
    terms: set[str] = field(default_factory=set)  #: stems to highlight
    prefixes: set[str] = field(default_factory=set)  #: stem prefixes to highlight
    hints: list[str] = field(default_factory=list)  #: friendly messages (German)

    @property
    def empty(self) -> bool:
        """True when the query cannot match anything."""
        return self.expression == NOTHING


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def parse_query(text: str | None) -> Query:
    """Turn what a journalist typed into a safe FTS5 expression.

    Words are ANDed; ``"…"`` or „…“ is a phrase; ``word*`` a prefix; ``-word`` or
    ``NICHT word`` excludes; ``ODER``/``OR`` between two items means either. Anything
    else (brackets, colons, stray quotes) is ignored with a hint, never an SQL error.
    """
    query = Query(text or "")
    source = (text or "").strip()
    if not source:
        query.hints.append("Bitte einen Suchbegriff eingeben.")
        return query
    if _IGNORED.search(source.replace("'", "")):
        query.hints.append("Sonderzeichen wie ( ) : ^ werden ignoriert.")
    if source.count('"') % 2 or source.count("„") > source.count("“") + source.count("”"):
        query.hints.append(
            "Ein Anführungszeichen war nicht geschlossen: der Rest wurde als Wortfolge gesucht."
        )
    groups: list[list[str]] = [[]]  # OR-groups of ANDed items
    negatives: list[str] = []
    negate_next = False
    for match in _QUERY_TOKEN.finditer(source):
        phrase = match.group("q1") if match.group("q1") is not None else match.group("q2")
        word = match.group("w")
        if word is not None and phrase is None:
            if word in ("OR", "ODER"):
                if groups[-1]:
                    groups.append([])
                continue
            if word in ("AND", "UND"):
                continue
            if word in ("NOT", "NICHT"):
                negate_next = True
                continue
        item = _phrase_item(phrase, query) if phrase is not None else _word_item(word, query)
        if not item:
            continue
        if match.group("neg") or negate_next:
            negatives.append(item)
        else:
            groups[-1].append(item)
        negate_next = False
    groups = [g for g in groups if g]
    if not groups:
        if negatives:
            query.hints.append(
                "Nur ausgeschlossene Wörter: bitte mindestens ein Suchwort ohne Minus angeben."
            )
        elif len(query.hints) < 2:
            query.hints.append("Keine Suchwörter erkannt.")
        return query
    expression = " OR ".join("(" + " AND ".join(g) + ")" for g in groups)
    for item in negatives:
        expression = f"({expression}) NOT {item}"
    query.expression = expression
    return query


def _word_item(word: str | None, query: Query) -> str:
    word = word or ""
    prefix = word.endswith("*")
    folded = words(word)
    if not folded:
        return ""
    stems = " ".join(analyse(w)[0] for w in folded).split()
    if prefix:
        last = stems[-1]
        query.prefixes.add(last)
        query.terms.update(stems[:-1])
        if len(stems) == 1:
            return f"{_fts_string(last)} *"
        head = _fts_string(" ".join(stems[:-1]))
        return "({title text} : " + head + f" + {_fts_string(last)} *)"
    query.terms.update(stems)
    if len(stems) == 1:
        return _fts_string(stems[0])
    return "({title text} : " + _fts_string(" ".join(stems)) + ")"


def _phrase_item(phrase: str | None, query: Query) -> str:
    stems = " ".join(analyse(w)[0] for w in words(phrase or "")).split()
    if not stems:
        return ""
    query.terms.update(stems)
    if len(stems) == 1:
        return _fts_string(stems[0])
    return "({title text} : " + _fts_string(" ".join(stems)) + ")"


def german_query(text: str | None) -> str:
    """The FTS5 expression for a query (SQL function ``german_query(:q)``)."""
    return parse_query(text).expression


def query_hint(text: str | None) -> str:
    """Friendly messages about a query, or ``""`` (SQL function ``german_query_hint``)."""
    return " ".join(parse_query(text).hints)


# --- snippets ----------------------------------------------------------------------------


def _word_keys(word: str) -> set[str]:
    stems, parts = analyse(word)
    return set(stems.split()) | set(parts)


def snippet(text: str | None, query_text: str | None, size: int = 32) -> str:
    """About ``size`` words of ``text`` around the densest matches of the query, matched
    words wrapped in :data:`MARK_START`/:data:`MARK_END`; plain text, not HTML."""
    text = (text or "").translate(INVISIBLE).replace(MARK_START, "").replace(MARK_END, "")
    query = parse_query(query_text)
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
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
    out.append("…" if tail < len(spans) else text[cursor:])
    return " ".join("".join(out).split())


def snippet_html(value: str) -> str:
    """A snippet as safe HTML: everything escaped, markers turned into ``<mark>``."""
    escaped = html.escape(value)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
