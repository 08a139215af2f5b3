"""The query language of the German search: what a journalist types, as safe FTS5.

Words are ANDed; ``"…"`` or „…“ is a phrase; ``word*`` a prefix; ``-word`` or ``NICHT
word`` excludes; ``ODER``/``OR`` means either. The words are analysed like the indexed
text (:mod:`search_text`), so "Banken" finds "Bank" and "Großbank".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsarchive.archive.search_text import analyse, words

#: Longest query read (characters); the rest is ignored with a hint. Keeps every SQL
#: function that reads a query (``german_query``, ``german_snippet``) cheap whatever is sent.
MAX_QUERY_LENGTH = 1000

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
    Only the first :data:`MAX_QUERY_LENGTH` characters are read.
    """
    query = Query(text or "")
    source = (text or "").strip()
    if len(source) > MAX_QUERY_LENGTH:
        source = source[:MAX_QUERY_LENGTH]
        query.hints.append(
            f"Die Suche ist zu lang: nur die ersten {MAX_QUERY_LENGTH:,} Zeichen wurden "
            "verwendet.".replace(",", ".")
        )
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
