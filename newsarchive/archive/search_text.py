"""Text analysis of the German search: folding, stemming and compound splitting.

Normalisation (:func:`fold`, then the Snowball "german" stemmer from PyStemmer): lower
case, ß → ss, diacritics removed and the umlaut spellings ae/oe/ue folded to a/o/u, so
"Gründer", "Gruender" and "Grunder" meet. Compounds are split against a lexicon of known
parts ("Großbank" → ``gross bank``). The index (:mod:`search_index`), the query language
(:mod:`search_query`) and the snippets (:mod:`search_snippets`) all analyse text here, so
both sides always agree.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import Stemmer

from newsarchive.extract.data import INVISIBLE
from newsarchive.topics.classifier import read_lines, read_table

#: A compound's parts must be this long (shorter words in the lexicon are ignored
#: unless listed in :data:`SHORT_PARTS`).
MIN_PART = 4
SHORT_PARTS = frozenset({"app", "web", "fan"})

#: Linking elements (Fugenelemente) that may join two compound parts, longest first.
LINKERS = ("ens", "es", "en", "er", "n", "s", "e")

#: A word: letters and digits, hyphenated compounds kept together.
WORD = re.compile(r"\w+(?:-\w+)*")
_UMLAUT_SPELLINGS = re.compile(r"ae|oe|(?<!q)ue")
_stemmer = Stemmer.Stemmer("german")


def fold(text: str) -> str:
    """Lower case, ß → ss, no diacritics, ae/oe/ue → a/o/u ("Gründer" → "grunder"), no soft
    hyphens or zero-width characters ("be\xadliebt" → "beliebt")."""
    text = text.translate(INVISIBLE).lower().replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _UMLAUT_SPELLINGS.sub(lambda m: m.group(0)[0], text)


#: Words longer than this are analysed without caching (no German word is this long; a
#: hostile text or query must not fill the caches with megabyte-long keys).
CACHED_WORD_LENGTH = 100


@functools.lru_cache(maxsize=4096)
def _cached_stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def stem(word: str) -> str:
    """The stem of one folded word."""
    if len(word) > CACHED_WORD_LENGTH:
        return str(_stemmer.stemWord(word))
    return _cached_stem(word)


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


@functools.cache
def longest_part() -> int:
    """The length of the longest known part: no longer head or modifier can match, which
    keeps splitting linear in the length of a word."""
    return max(map(len, lexicon()), default=0)


def _strip_linker(rest: str) -> Iterator[str]:
    yield rest
    for linker in LINKERS:
        if rest.startswith(linker) and len(rest) - len(linker) >= 3:
            yield rest[len(linker) :]


def _split(word: str, parts: set[str], depth: int = 0) -> None:
    """Add the known parts of the folded compound ``word`` to ``parts``."""
    if depth > 3 or len(word) < 6:
        return
    known, longest = lexicon(), longest_part()
    stemmed = stem(word)
    # The head: the longest known part the (stemmed) word ends with.
    for i in range(max(3, len(stemmed) - longest), len(stemmed) - 2):
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
    for i in range(min(len(word) - 4, longest), 2, -1):
        modifier = word[:i]
        if modifier in known and (len(modifier) >= MIN_PART or modifier in SHORT_PARTS):
            parts.add(modifier)
            for rest in _strip_linker(word[i:]):
                if stem(rest) in known:
                    parts.add(stem(rest))
                    break
            _split(word[i:], parts, depth + 1)
            break


def analyse(word: str) -> tuple[str, tuple[str, ...]]:
    """The index terms of one folded word: its stem and the stems of its known parts.

    A hyphenated word ("commerzbank-chef") yields the stems of its pieces, space
    separated, and the joined compound's parts. Linear in the length of the word; cached
    for words up to :data:`CACHED_WORD_LENGTH` characters.
    """
    if len(word) > CACHED_WORD_LENGTH:
        return _analyse(word)
    return _cached_analyse(word)


@functools.lru_cache(maxsize=500_000)
def _cached_analyse(word: str) -> tuple[str, tuple[str, ...]]:
    return _analyse(word)


def _analyse(word: str) -> tuple[str, tuple[str, ...]]:
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
    return WORD.findall(fold(text or ""))


def index_terms(text: str) -> tuple[str, str]:
    """``(stems, parts)``: the two index strings for a piece of text."""
    stems: list[str] = []
    parts: list[str] = []
    for word in words(text):
        word_stems, word_parts = analyse(word)
        stems.append(word_stems)
        parts.extend(word_parts)
    return " ".join(stems), " ".join(parts)


# --- many texts (the store stage's batches) ----------------------------------------------

_INVISIBLE = re.compile("[" + "".join(chr(c) for c in INVISIBLE) + "]")


@functools.lru_cache(maxsize=200_000)
def token_terms(token: str) -> tuple[str, str]:
    """:func:`index_terms` of one token without white space, cached: most tokens of a new
    text were seen before, and folding them again is most of the work."""
    return index_terms(token)


class _TokenHalf(dict[str, str]):
    """One half of :func:`token_terms` (0: stems, 1: parts) by token: a plain ``dict``
    read through its C ``__getitem__`` inside ``map``, a third of the cost of calling the
    cached function and picking the half (60 -> 20 us an article of 130 tokens). Tokens
    longer than :data:`CACHED_WORD_LENGTH` are not kept; at :data:`TOKEN_CACHE` tokens
    the cache starts afresh."""

    def __init__(self, half: int) -> None:
        super().__init__()
        self.half = half

    def __missing__(self, token: str) -> str:
        value = token_terms(token)[self.half]
        if len(token) <= CACHED_WORD_LENGTH:
            if len(self) >= TOKEN_CACHE:
                self.clear()
            self[token] = value
        return value


#: Tokens each half of the batch cache keeps at most.
TOKEN_CACHE = 200_000
_STEMS_OF, _PARTS_OF = _TokenHalf(0), _TokenHalf(1)


def cached_index_terms(text: str) -> tuple[str, str]:
    """:func:`index_terms` of ``text``, token by token through :func:`token_terms` (the same
    result: :func:`fold` never joins or splits words across white space)."""
    if _INVISIBLE.search(text):
        text = text.translate(INVISIBLE)
    tokens = text.split()
    stems = " ".join(filter(None, map(_STEMS_OF.__getitem__, tokens)))
    return stems, " ".join(filter(None, map(_PARTS_OF.__getitem__, tokens)))
