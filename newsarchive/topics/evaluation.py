"""Precision, recall and F1 of the topic classifier against a labelled JSON Lines set.

Each line of the set has ``id``, ``title``, ``lead``, ``body`` (any may be missing),
``relevant`` (bool), ``banks`` and ``networks`` (canonical names). Relevance is scored
per article; bank and network tagging as micro-averaged (article, name) pairs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.topics.classifier import DEFAULT_THRESHOLD, Classification, classify
from newsarchive.topics.lexicon import DATA_DIR

#: The bundled labelled set.
LABELLED = DATA_DIR / "topics_labelled.jsonl"
#: Targets of the project's issue: relevance precision and recall, tagging F1.
TARGETS = {"relevance_precision": 0.92, "relevance_recall": 0.92, "banks_f1": 0.95,
           "networks_f1": 0.95}  # fmt: skip


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable[str], expected: Iterable[str]) -> None:
        """Count one article's predicted against its expected names."""
        p, e = set(predicted), set(expected)
        self.tp += len(p & e)
        self.fp += len(p - e)
        self.fn += len(e - p)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of expected items found (1.0 when nothing was expected)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The evaluation of one labelled set."""

    articles: int = 0
    relevance: Counts = field(default_factory=Counts)
    banks: Counts = field(default_factory=Counts)
    networks: Counts = field(default_factory=Counts)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat, rounded metrics."""
        out: dict[str, float] = {}
        for name in ("relevance", "banks", "networks"):
            counts: Counts = getattr(self, name)
            out[f"{name}_precision"] = round(counts.precision, 4)
            out[f"{name}_recall"] = round(counts.recall, 4)
            out[f"{name}_f1"] = round(counts.f1, 4)
        return out

    def failed_targets(self) -> list[str]:
        """Targets missed, as ``name value < target`` strings."""
        metrics = self.metrics()
        return [f"{k} {metrics[k]:.4f} < {v}" for k, v in TARGETS.items() if metrics[k] < v]


def read_jsonl(path: Path | str) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def classify_record(record: dict[str, Any], threshold: float) -> Classification:
    """Classify one JSON Lines record."""
    return classify(
        record.get("title") or "",
        record.get("lead") or "",
        record.get("body") or "",
        threshold=threshold,
    )


def evaluate(records: Iterable[dict[str, Any]], threshold: float = DEFAULT_THRESHOLD) -> Report:
    """Classify every labelled record and count hits and misses."""
    report = Report()
    for record in records:
        result = classify_record(record, threshold)
        report.articles += 1
        expected = bool(record["relevant"])
        report.relevance.add(["yes"] if result.relevant else [], ["yes"] if expected else [])
        report.banks.add(result.banks, record.get("banks", []))
        report.networks.add(result.networks, record.get("networks", []))
        wrong_banks = set(result.banks) ^ set(record.get("banks", []))
        wrong_networks = set(result.networks) ^ set(record.get("networks", []))
        if result.relevant != expected or wrong_banks or wrong_networks:
            report.errors.append(
                {
                    "id": record.get("id"),
                    "expected": expected,
                    "relevance": result.relevance,
                    "reason": result.reason,
                    "banks": sorted(wrong_banks),
                    "networks": sorted(wrong_networks),
                }
            )
    return report
