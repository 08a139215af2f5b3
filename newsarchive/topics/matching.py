"""Matching: boilerplate lines out, then banks, networks and topic terms found in a field.

:func:`find_mentions` runs every rule of the :func:`~newsarchive.topics.lexicon.lexicon`
over one field's text (folded or original, as the rule says), keeps the longest
non-overlapping matches (gazetteer entries before name patterns before generic terms),
and weighs a bank down when its sentence shows it is only a source (``bank_roles.tsv``).
:func:`tag_banks` and :func:`tag_networks` turn the names found into the article's tags.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsarchive.topics.lexicon import Rule, lexicon
from newsarchive.topics.normalise import fold, sentences

#: Weight of a bank mentioned only as a source (analyst, study, underwriter).
ROLE_WEIGHT = 0.3

_NAV_SEPARATORS = re.compile(r"\s*[|·•]\s*")


@lru_cache(maxsize=1)
def _boilerplate_regex() -> re.Pattern[str]:
    """The boilerplate lines as one alternation: it matches a whole line exactly when one
    of them does (one call a line instead of one a pattern)."""
    patterns = lexicon().boilerplate
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.I)


def _boilerplate_item(text: str) -> bool:
    return len(text) <= 240 and _boilerplate_regex().fullmatch(text) is not None


def is_boilerplate(line: str) -> bool:
    """Whether a line is a share bar, a "follow us" line or a navigation bar.

    A line of items separated by "|", "·" or "•" is boilerplate when it has three or more
    short items (a navigation bar) or when every item is boilerplate by itself
    ("Mehr zum Thema | Artikel teilen: Facebook, X").
    """
    line = line.strip()
    if not line:
        return True
    if _boilerplate_item(line):
        return True
    items = [i for i in _NAV_SEPARATORS.split(line) if i]
    if len(items) >= 3 and all(len(i.split()) <= 4 for i in items):
        return True
    return len(items) >= 2 and all(_boilerplate_item(i) for i in items)


def strip_boilerplate(text: str) -> str:
    """The text without boilerplate lines."""
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))


@dataclass(frozen=True)
class Mention:
    """One accepted match in one field."""

    rule: Rule
    field: str  #: title, lead or body
    sentence: int  #: index into the field's sentence list
    start: int
    end: int
    term: str
    name: str
    weight: float


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


_LEFT_PART = re.compile(r"(?:\w+-)+$")
_RIGHT_PART = re.compile(r"^\w*(?:-\w+)*")


def _whole_word(text: str, start: int, end: int) -> str:
    """The matched text widened to its whole hyphen compound ("Facebook-Seite")."""
    before = text[max(0, start - 60) : start]
    left = _LEFT_PART.search(before) if before.endswith("-") else None
    right = _RIGHT_PART.match(text[end : end + 60])
    start -= len(before) - left.start() if left else 0
    return text[start : end + (right.end() if right else 0)]


def _pattern_name(term: str) -> str:
    name = re.sub(r"\s+", " ", term).strip()
    return re.sub(r"\b([A-ZÄÖÜ]\w*isch)e[nr]\b", r"\1e", name)


def find_mentions(
    text: str,
    field_name: str,
    article_folded: str,
    bounds: list[tuple[int, int]] | None = None,
    folding: tuple[str, Sequence[int]] | None = None,
) -> list[Mention]:
    """Banks, networks and topic terms in one field's (prepared) text.

    Only the rules whose literal occurs in the field are run (``prefilter``). ``bounds``
    are the field's sentence spans and ``folding`` is ``fold(text)``, when the caller has
    them already (the mentions' ``sentence`` indexes refer to ``bounds``).
    """
    lex = lexicon()
    folded, index = folding or fold(text)
    haystacks: dict[tuple[str, bool], str] = {}  # case-folded once for both prefilters
    spans = [
        (index[m.start()], index[m.end() - 1] + 1)
        for i in lex.false_friend_filter.select(text, folded, haystacks)
        for m in lex.false_friends[i].finditer(folded)
        if m.end() > m.start()
    ]
    if spans:
        text = _blank(text, spans)
        folded, index = fold(text)
        haystacks = {}
        bounds = None  # blanks can move sentence bounds
    candidates: list[tuple[int, int, Rule]] = []
    for i in lex.rule_filter.select(text, folded, haystacks):
        rule = lex.rules[i]
        if rule.context is not None and not _in_context(rule.context, article_folded):
            continue
        haystack = folded if rule.folded else text
        for m in rule.regex.finditer(haystack):
            s, e = m.span("t") if "t" in rule.regex.groupindex else m.span()
            if e <= s:
                continue
            if rule.folded:
                s, e = index[s], index[e - 1] + 1
            candidates.append((s, e, rule))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2].priority, c[2].order, c[0]))
    taken = bytearray(len(text) + 1)
    if bounds is None:
        bounds = list(sentences(text))
    starts = [b[0] for b in bounds]
    mentions: list[Mention] = []
    for s, e, rule in candidates:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        term = _whole_word(text, s, e)
        sentence = max(0, bisect_right(starts, s) - 1)
        weight = rule.weight
        if rule.side == "bank":
            # original offset -> first folded offset (index is sorted)
            ss, se, fs, fe = (
                bisect_left(index, i)
                for i in (*(bounds[sentence] if bounds else (0, len(text))), s, e)
            )
            if _source_role(folded[ss:fs], folded[fe:se], folded[ss:se]):
                weight = min(weight, ROLE_WEIGHT)
        name = _pattern_name(text[s:e]) if rule.pattern else rule.name
        mentions.append(Mention(rule, field_name, sentence, s, e, term, name, weight))
    mentions.sort(key=lambda m: m.start)
    return mentions


@lru_cache(maxsize=256)
def _in_context(context: re.Pattern[str], article_folded: str) -> bool:
    """Whether an article has a rule's context (asked once per article, not per field)."""
    return context.search(article_folded) is not None


def _source_role(before: str, after: str, sentence: str) -> bool:
    lex = lexicon()
    return (
        any(p.search(before[-80:]) for p in lex.role_before)
        or any(p.search(after[:40]) for p in lex.role_after)
        or any(p.search(sentence) for p in lex.role_sentence)
    )


def tag_banks(names: set[str]) -> list[str]:
    """Sorted bank names, without a short name that a longer one found contains.

    "Die Sparda-Bank" in a lead and "Die Sparda-Bank West" in the body are one bank: the
    regional name (from a name pattern) is kept, the group name dropped; so is a name
    that ends a longer one ("Raiffeisenbank Bad Kissingen" in "Volksbank Raiffeisenbank
    Bad Kissingen").
    """
    return sorted(
        n for n in names if not any(o.startswith(n + " ") or o.endswith(" " + n) for o in names)
    )


#: Network kinds whose words are also used in passing ("ein Finanzblog berichtete",
#: "die Influencerin der Märkte"): tagged only when the article means the channel.
PASSING_KINDS = ("blog", "influencer")


def in_passing(mentions: list[Mention]) -> set[int]:
    """Indexes of the mentions of a blog or influencer named only in passing.

    A name of :data:`PASSING_KINDS` (other than a corporate blog) counts when one of its
    sentences also names a bank or holds another social-side mention.
    """
    rows = lexicon().networks
    weak = [
        i
        for i, m in enumerate(mentions)
        if m.rule.kind == "network"
        and rows.get(m.name, {}).get("kind") in PASSING_KINDS
        and m.name != "Corporate Blog"
    ]
    out: set[int] = set()
    for i in weak:
        m = mentions[i]
        if any(
            (o.field, o.sentence) == (n.field, n.sentence)
            and ((o.rule.side == "social" and o.name != m.name) or o.rule.kind == "bank")
            for n in mentions
            if n.name == m.name and n.rule.kind == "network"
            for o in mentions
        ):
            continue
        out.add(i)
    return out


def tag_networks(names: set[str]) -> list[str]:
    """Sorted network names, without those ``within`` a more specific one also found."""
    rows = lexicon().networks
    return sorted(n for n in names if rows.get(n, {}).get("within", "") not in names)
