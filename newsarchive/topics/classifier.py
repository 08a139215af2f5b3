"""Is an article about banks and social media? Relevance scoring and entity tagging.

The archive's subject has two sides: banks and financial institutions (in Germany,
Austria and Switzerland) and social networks / online communication with customers.
:func:`classify` scores an article 0-1 from its title, lead and body:

1. Boilerplate lines (share buttons, "Folgen Sie uns auf ...", navigation bars) are
   removed, false friends ("Parkbank", "Datenbank", "durch die Bank") blanked out
   (``normalise``, ``matching``).
2. Named banks (``data/banks.tsv``, ``data/bank_patterns.tsv``), named networks
   (``data/networks.tsv``) and generic terms of either side (``data/topic_terms.tsv``)
   are matched on umlaut-folded text, with German inflection and compounds
   (``lexicon``, ``matching``).
3. Each side gets a strength from its weighted mentions (title x2, lead x1.5; a bank
   quoted only as an analyst source counts little, ``data/bank_roles.tsv``).
   Relevance combines the weaker side, the sentences where both sides meet and how
   much of the text each side covers: an article on bank results with a Twitter
   button, or on Facebook's earnings quoting a bank's analyst, stays low (``scoring``).

All lexicons are data files; see the comment header of each for its format.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsarchive.topics.channel import MARKET_CAP, PASSING_CAP, USE_FLOOR, Verdict, decide
from newsarchive.topics.lexicon import DATA_DIR, read_lines, read_table
from newsarchive.topics.matching import (
    find_mentions,
    in_passing,
    strip_boilerplate,
    tag_banks,
    tag_networks,
)
from newsarchive.topics.normalise import fold, is_german, normalize, sentences
from newsarchive.topics.scoring import MAX_SENTENCE, Fields, evidence, score

__all__ = ["DATA_DIR", "DEFAULT_THRESHOLD", "Classification", "classify", "read_lines",
           "read_table"]  # fmt: skip

#: Relevance at or above which an article is kept (``ARCHIVE_RELEVANCE_THRESHOLD``).
DEFAULT_THRESHOLD = 0.5


@dataclass
class Classification:
    """The verdict on one article."""

    relevance: float
    relevant: bool
    banks: list[str]
    networks: list[str]
    evidence: list[dict[str, Any]]
    #: why: ``relevant``, ``not-german``, ``no-bank``, ``no-social``, ``market``,
    #: ``passing``, ``weak``, ``empty``
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "relevance": self.relevance,
            "relevant": self.relevant,
            "banks": self.banks,
            "networks": self.networks,
            "evidence": self.evidence,
            "reason": self.reason,
        }


def classify(
    title: str = "", lead: str = "", body: str = "", *, threshold: float = DEFAULT_THRESHOLD
) -> Classification:
    """Score an article for the archive's subject and tag its banks and networks."""
    texts = {
        name: strip_boilerplate(normalize(value))
        for name, value in (("title", title), ("lead", lead), ("body", body))
    }
    full = "\n".join(texts.values())
    if not full.strip():
        return Classification(0.0, False, [], [], [], "empty")
    # folding is character by character, so each field is folded once and the article's
    # and each sentence's folded text are joins and slices of the fields' (``fold``)
    folds = {name: fold(text) for name, text in texts.items()}
    article_folded = "\n".join(folded for folded, _ in folds.values())
    fields: Fields = {}
    for name, text in texts.items():
        bounds = list(sentences(text))
        fields[name] = (bounds, find_mentions(text, name, article_folded, bounds, folds[name]))
    passing = in_passing([m for _, ms in fields.values() for m in ms])
    if passing:
        kept = iter(range(sum(len(ms) for _, ms in fields.values())))
        fields = {
            name: (bounds, [m for m in ms if next(kept) not in passing])
            for name, (bounds, ms) in fields.items()
        }
    mentions = [m for _, ms in fields.values() for m in ms]
    banks = tag_banks({m.name for m in mentions if m.rule.kind == "bank"})
    networks = tag_networks({m.name for m in mentions if m.rule.kind == "network"})
    found = evidence(fields, texts)
    if not is_german(full):
        return Classification(0.0, False, banks, networks, found, "not-german")
    relevance = score(fields)
    folded = {name: folded_spans(*folds[name], bounds) for name, (bounds, _) in fields.items()}
    verdict = decide(fields, folded)
    if verdict.kind == "use":
        relevance = max(relevance, USE_FLOOR)
        found.insert(0, use_evidence(verdict, fields, texts))
    elif verdict.kind == "market":
        relevance = min(relevance, MARKET_CAP)
    elif verdict.kind == "passing":
        relevance = min(relevance, PASSING_CAP)
    sides = {m.rule.side for m in mentions}
    if relevance >= threshold:
        reason = "relevant"
    elif "bank" not in sides:
        reason = "no-bank"
    elif "social" not in sides:
        reason = "no-social"
    elif verdict.kind in ("market", "passing"):
        reason = verdict.kind
    else:
        reason = "weak"
    return Classification(relevance, relevance >= threshold, banks, networks, found, reason)


def folded_spans(folded: str, index: Sequence[int], spans: list[tuple[int, int]]) -> list[str]:
    """``fold(text[s:e])[0]`` of each span, sliced from ``folded, index = fold(text)``."""
    if isinstance(index, range):  # as long as the text: the same offsets
        return [folded[s:e] for s, e in spans]
    return [folded[bisect_left(index, s) : bisect_left(index, e)] for s, e in spans]


def use_evidence(verdict: Verdict, fields: Fields, texts: dict[str, str]) -> dict[str, Any]:
    """The evidence item of the sentence in which the bank uses the network."""
    bounds, mentions = fields[verdict.field]
    start, end = bounds[verdict.sentence] if bounds else (0, len(texts[verdict.field]))
    names = [m.name for m in mentions if m.sentence == verdict.sentence and m.rule.kind != "topic"]
    return {
        "kind": "use",
        "side": "both",
        "term": verdict.term,
        "name": ", ".join(dict.fromkeys(names)),
        "field": verdict.field,
        "sentence": texts[verdict.field][start:end].strip()[:MAX_SENTENCE],
    }
