"""Scoring: the relevance of an article from its mentions, and the evidence kept.

Each side (banks, social media) gets a strength from its weighted mentions (title x2,
lead x1.5); relevance combines the weaker side, the sentences where both sides meet and
how much of the text each side covers. :func:`evidence` keeps the matched terms with
their sentences, sentences where both sides meet first.
"""

from __future__ import annotations

import math
from typing import Any

from newsarchive.topics.matching import Mention

#: Multipliers for mentions in the title and the lead.
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
#: Weighted mentions at which a side's strength reaches 1 - 1/e.
SATURATION = 2.0
#: Share of sentences a side should cover for full "focus".
FOCUS_SHARE = 0.2
#: How the three parts add up to the relevance score.
W_STRENGTH, W_COOCCUR, W_FOCUS = 0.5, 0.3, 0.2
#: Evidence items kept per article (co-occurring sentences and entities first).
MAX_EVIDENCE = 30
#: Longest sentence text kept in an evidence item.
MAX_SENTENCE = 400

#: A field's sentence spans and the mentions found in it, by field name.
Fields = dict[str, tuple[list[tuple[int, int]], list[Mention]]]


def _saturate(value: float) -> float:
    return 1.0 - math.exp(-value / SATURATION)


def score(fields: Fields) -> float:
    """Relevance 0-1 from the mentions of each field (see the module docstring)."""
    multiplier = {"title": TITLE_WEIGHT, "lead": LEAD_WEIGHT, "body": 1.0}
    total = {"bank": 0.0, "social": 0.0}
    covered = {"bank": 0, "social": 0}
    cooccur = 0.0
    n_sentences = 0
    for name, (bounds, mentions) in fields.items():
        n_sentences += len(bounds)
        per_sentence: dict[int, dict[str, float]] = {}
        for m in mentions:
            total[m.rule.side] += m.weight * multiplier[name]
            side = per_sentence.setdefault(m.sentence, {"bank": 0.0, "social": 0.0})
            side[m.rule.side] = max(side[m.rule.side], m.weight)
        for i, sides in per_sentence.items():
            for key in ("bank", "social"):
                covered[key] += sides[key] >= 0.4
            if sides["bank"] > 0 and sides["social"] > 0:
                cooccur += min(sides["bank"], sides["social"])
            elif sides["bank"] or sides["social"]:
                other = "social" if sides["bank"] else "bank"
                neighbour = per_sentence.get(i + 1, {}).get(other, 0.0)
                if neighbour:
                    cooccur += 0.5 * min(neighbour, sides["bank"] or sides["social"])
    strength = min(_saturate(total["bank"]), _saturate(total["social"]))
    focus = min(1.0, min(covered.values()) / max(1.0, FOCUS_SHARE * n_sentences))
    together = 1.0 - math.exp(-cooccur / 1.5)
    return round(W_STRENGTH * strength + W_COOCCUR * together + W_FOCUS * focus, 3)


def evidence(fields: Fields, texts: dict[str, str]) -> list[dict[str, Any]]:
    """The evidence items: term, name, field and sentence; both sides' sentences first."""
    items: list[tuple[int, dict[str, Any]]] = []
    seen: set[tuple[str, str, str, int]] = set()
    for name, (bounds, mentions) in fields.items():
        sides_by_sentence: dict[int, set[str]] = {}
        for m in mentions:
            sides_by_sentence.setdefault(m.sentence, set()).add(m.rule.side)
        for m in mentions:
            key = (m.name, m.rule.kind, name, m.sentence)
            if key in seen:
                continue
            seen.add(key)
            start, end = bounds[m.sentence] if bounds else (0, len(texts[name]))
            sentence = texts[name][start:end].strip()
            if len(sentence) > MAX_SENTENCE:
                sentence = sentence[: MAX_SENTENCE - 1].rstrip() + "…"
            rank = (len(sides_by_sentence[m.sentence]) < 2) * 2 + (m.rule.kind == "topic")
            items.append(
                (
                    rank,
                    {
                        "kind": m.rule.kind if m.rule.kind != "topic" else "topic",
                        "side": m.rule.side,
                        "term": m.term,
                        "name": m.name if m.rule.kind != "topic" else m.term.lower(),
                        "field": name,
                        "sentence": sentence,
                    },
                )
            )
    items.sort(key=lambda item: item[0])
    return [item for _, item in items[:MAX_EVIDENCE]]
