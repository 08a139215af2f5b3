"""The scorer: extraction predictions against a corpus's ground truth, as the corpus's
``README.md`` defines it. :func:`score` compares predictions (dicts with ``title``,
``lead``, ``body``, ``authors``, ``published``) with ``expected``:

- snippets: every ``body_with`` snippet found in lead + body (after whitespace folding)
  is a true positive, one missed a false negative, every ``body_without`` snippet found a
  false positive; precision, recall and F1 are micro-averaged over the pages scored;
- token F1: bag-of-words F1 of our lead + body against the expected ``lead`` +
  ``body_paragraphs``, averaged over the pages that have them;
- title: equal after whitespace folding, case-insensitive;
- authors: the set of names equal, case-insensitive;
- date: ``published`` on the same calendar day.

A page whose extraction failed counts as an empty prediction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

#: Word tokens for the bag-of-words F1: runs of letters and digits.
TOKEN_RE = re.compile(r"\w+")
#: A calendar day at the start of an expected or predicted date (tolerates ``2022-01.26``).
DAY_RE = re.compile(r"(\d{4})-(\d{1,2})[-.](\d{1,2})")


def fold(text: str | None) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return " ".join((text or "").split())


def tokens(text: str) -> Counter[str]:
    """The bag of word tokens of a text."""
    return Counter(TOKEN_RE.findall(text))


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 of two texts."""
    pred, gold = tokens(predicted), tokens(expected)
    if not pred and not gold:
        return 1.0
    overlap = sum((pred & gold).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(pred.values())
    recall = overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def same_day(predicted: str | None, expected: str) -> bool:
    """True if both dates fall on the same calendar day (in the expected time zone)."""
    if not predicted:
        return False
    gold_day = DAY_RE.search(expected)
    if not gold_day:
        return False
    try:
        gold = datetime.fromisoformat(expected.strip().replace(" ", "T"))
        pred = datetime.fromisoformat(predicted.strip().replace(" ", "T"))
    except ValueError:
        pass
    else:
        if gold.tzinfo and pred.tzinfo:
            return pred.astimezone(gold.tzinfo).date() == gold.date()
    pred_day = DAY_RE.search(predicted)
    return pred_day is not None and tuple(map(int, pred_day.groups())) == tuple(
        map(int, gold_day.groups())
    )


def _lead_body(prediction: dict[str, Any]) -> str:
    return "\n\n".join(p for p in (prediction.get("lead"), prediction.get("body")) if p)


def score(
    records: Iterable[dict[str, Any]], predictions: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Score predictions (by page id) against the records' ``expected``."""
    tp = fn = fp = 0
    f1s: list[float] = []
    hits: dict[str, list[bool]] = {"title": [], "authors": [], "date": []}
    for record in records:
        expected = record.get("expected") or {}
        pred = predictions.get(record["id"]) or {}
        text = fold(_lead_body(pred))
        for snippet in expected.get("body_with") or []:
            if fold(snippet) in text:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for s in expected.get("body_without") or [] if fold(s) in text)
        if "body_paragraphs" in expected:
            gold = "\n".join([*(expected.get("lead") or []), *expected["body_paragraphs"]])
            f1s.append(token_f1(text, gold))
        if expected.get("title") is not None:
            hits["title"].append(fold(pred.get("title")).lower() == fold(expected["title"]).lower())
        if expected.get("authors"):
            ours = {fold(a).lower() for a in pred.get("authors") or []}
            hits["authors"].append(ours == {fold(a).lower() for a in expected["authors"]})
        if expected.get("published"):
            hits["date"].append(same_day(pred.get("published"), expected["published"]))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {
        "snippet_precision": precision,
        "snippet_recall": recall,
        "snippet_f1": f1,
        "token_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "token_pages": len(f1s),
    }
    for name, values in hits.items():
        result[name] = sum(values) / len(values) if values else 0.0
        result[f"{name}_pages"] = len(values)
    return result
