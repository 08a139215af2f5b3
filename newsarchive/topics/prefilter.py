"""One scan instead of one per rule: the literal each rule needs, checked before it runs.

Running each of the lexicon's ~600 regular expressions over every field cost more than
everything else together, although in any one text only a few rules can match. So each
regular expression is parsed once, with ``re``'s own parser, for the literal text every
match of it must contain: ``sparkass`` for ``\\b\\w*sparkass\\w*``; one of ``kredit``,
``geld``, ``finanz``, ``bank`` for ``\\b(?:kredit|geld|finanz|bank)institut``; ``facebook``
for the alias "Facebook*". A field is searched for these literals (substring search in C,
a few hundred per field) and only the rules whose literal occurs are run, in their
original order. A rule with no literal of its own always runs.

The results are the same as running every rule, by construction: a rule is skipped only
when a text it must contain is absent. Case-insensitive rules compare case-folded text the
way ``re.IGNORECASE`` does (simple lower case, plus the characters ``re`` treats as the
same letter, such as "ſ" for "s" and "ı" for "i").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import ahocorasick

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

#: Literals shorter than this are not looked for.
MIN_LITERAL = 1

#: A need: at least one of these literals occurs in every match.
Need = frozenset[str]


def _extra_cases() -> dict[int, tuple[int, ...]]:
    """Characters ``re`` matches case-insensitively beyond lower case ("ſ" for "s")."""
    try:
        return dict(importlib.import_module("re._casefix")._EXTRA_CASES)
    except (ImportError, AttributeError):  # pragma: no cover - other Python versions
        return {0x69: (0x131,), 0x73: (0x17F,), 0x131: (0x69,), 0x17F: (0x73,)}


def _caseless_table() -> dict[int, int]:
    """Lower-case characters ``re.I`` treats as one letter -> one representative."""
    table = {0x130: 0x69}  # "İ": re compares its simple lower case, "i"
    for code, others in _extra_cases().items():
        table[code] = min(code, *others)
    # a letter that is its own representative needs no translation (so "i" and "s", in
    # nearly every text, do not make every text go through ``str.translate``)
    return {code: to for code, to in table.items() if code != to}


_CASELESS = _caseless_table()
_MERGED = re.compile("[" + re.escape("".join(map(chr, _CASELESS))) + "]")


def caseless(text: str) -> str:
    """``text`` as ``re.IGNORECASE`` compares it: lower case, equivalent letters merged.

    Only a substring test is made on the result, so where ``str.lower`` differs from the
    per-character lower case ``re`` uses (a final sigma) the merge makes them equal.
    """
    if text.isascii():
        return text.lower()  # no ASCII letter has another representative
    text = text.replace("\u0130", "i").lower()
    return text.translate(_CASELESS) if _MERGED.search(text) else text


def _best(needs: Iterable[Need]) -> Need | None:
    """The most selective need: the one whose shortest literal is longest."""
    usable = [n for n in needs if n and min(map(len, n)) >= MIN_LITERAL]
    return max(usable, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _needs(items: Sequence[tuple[Any, Any]]) -> list[Need]:
    """Needs of a parsed sequence: its literal runs and those of its mandatory parts."""
    needs: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if run:
            needs.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        close()
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if not add_flags and not del_flags:  # an inline flag could change the case
                needs.extend(_needs(sub))
        elif op is _c.BRANCH:
            alternatives = [_best(_needs(branch)) for branch in arg[1]]
            if all(alternatives):
                needs.append(frozenset().union(*(a for a in alternatives if a)))
        elif op in _REPEATS and arg[0] >= 1:
            needs.extend(_needs(arg[2]))
        elif op is _c.ATOMIC_GROUP:
            needs.extend(_needs(arg))
    close()
    return needs


class Source(Protocol):
    """A regular expression's text and flags (a compiled one, or a :class:`LazyRegex`)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


class LazyRegex:
    """A regular expression compiled on its first use.

    Most of the lexicon's rules never run in a process (the prefilter skips them), so a
    worker that compiled all of them at start-up spent most of the lexicon's load on
    code it never ran; the prefilter reads only the text (:func:`needs_of`).
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        """Group names -> numbers, as ``re.Pattern.groupindex``."""
        return self.compiled.groupindex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.compiled.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.compiled.search(text)


def needs_of(pattern: Source) -> list[Need]:
    """What every match of ``pattern`` contains: a list of needs, most selective first.

    Each need is a set of literals one of which occurs in the match; an empty list
    means nothing is known. Literals of a case-insensitive pattern are given as
    :func:`caseless` text.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        needs = [n for n in _needs(list(parsed)) if n and min(map(len, n)) >= MIN_LITERAL]
    except Exception:  # any surprise of the parser: the rule always runs
        return []
    if pattern.flags & re.IGNORECASE:
        needs = [frozenset(caseless(literal) for literal in need) for need in needs]
    return sorted(set(needs), key=lambda n: (-min(map(len, n)), len(n), sorted(n)))


#: The text a pattern runs on: the field as written or folded (umlauts spelt out).
TEXT, FOLDED = "text", "folded"
#: A literal to look for: (text kind, case-insensitive?, literal).
Key = tuple[str, bool, str]


@dataclass
class Prefilter:
    """Which of a list of patterns can match a text, from the literals they need.

    The literals of each pattern's first (most selective) need are looked for in one pass
    per text kind (an Aho-Corasick automaton); a pattern one of whose literals occurs is
    then checked for its other needs.
    """

    size: int  #: number of patterns
    always: list[int] = field(default_factory=list)  #: patterns without a literal
    #: a literal of a first need -> the patterns whose first need it is
    gates: dict[Key, list[int]] = field(default_factory=dict)
    more: dict[int, list[list[Key]]] = field(default_factory=dict)  #: the other needs

    def __post_init__(self) -> None:
        self._keys = list(self.gates)
        self._automata: dict[tuple[str, bool], Any] = {}
        for key_id, (kind, insensitive, literal) in enumerate(self._keys):
            automaton = self._automata.setdefault((kind, insensitive), ahocorasick.Automaton())
            automaton.add_word(literal, key_id)
        for automaton in self._automata.values():
            automaton.make_automaton()

    @classmethod
    def build(cls, patterns: Sequence[tuple[Source, str]]) -> Prefilter:
        """The prefilter of ``(pattern, TEXT or FOLDED)`` pairs, in their order."""
        always: list[int] = []
        gates: dict[Key, list[int]] = {}
        more: dict[int, list[list[Key]]] = {}
        for i, (pattern, kind) in enumerate(patterns):
            insensitive = bool(pattern.flags & re.IGNORECASE)
            needs = [[(kind, insensitive, lit) for lit in sorted(n)] for n in needs_of(pattern)]
            if not needs:
                always.append(i)
                continue
            for key in needs[0]:
                gates.setdefault(key, []).append(i)
            if needs[1:]:
                more[i] = needs[1:]
        return cls(len(patterns), always, gates, more)

    def select(self, text: str, folded: str, cache: dict[tuple[str, bool], str] | None = None,
               ) -> list[int]:  # fmt: skip
        """Indexes (ascending) of the patterns that may match ``text`` / ``folded``.

        ``cache`` keeps the case-folded haystacks between calls on the same texts (the
        false friends' and the rules' prefilters read the same field)."""
        haystacks = cache if cache is not None else {}
        haystacks[TEXT, False], haystacks[FOLDED, False] = text, folded

        def haystack(kind: str, insensitive: bool) -> str:
            if (kind, insensitive) not in haystacks:
                haystacks[kind, insensitive] = caseless(haystacks[kind, False])
            return haystacks[kind, insensitive]

        gated: set[int] = set()
        for (kind, insensitive), automaton in self._automata.items():
            for key_id in {key_id for _end, key_id in automaton.iter(haystack(kind, insensitive))}:
                gated.update(self.gates[self._keys[key_id]])
        chosen = set(self.always)
        known: dict[Key, bool] = {}  # a literal looked for once a call, however many need it
        for i in gated:
            for need in self.more.get(i, ()):
                for key in need:
                    found = known.get(key)
                    if found is None:
                        found = known[key] = key[2] in haystack(key[0], key[1])
                    if found:
                        break
                else:
                    break  # no literal of this need: the pattern cannot match
            else:
                chosen.add(i)
        return sorted(chosen)

    def coverage(self) -> float:
        """Share of the patterns that have a literal (1.0: every one can be skipped)."""
        return 1.0 - len(self.always) / self.size if self.size else 1.0
