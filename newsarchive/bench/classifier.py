"""Topic classifier speed: texts per CPU-second, one-pass prefilter vs every rule in turn.

The texts are the dev corpus's pages (``--corpus``, by default ``../shared/corpus/dev``
beside the repository) run through :func:`newsarchive.extract.extract` at bench time, as
the crawl would see them; without a corpus, the bundled labelled sets. Nothing of the
corpus is stored.

Two paths classify the same texts in the same run:

- **new**: :func:`newsarchive.topics.classify` as the crawl runs it: each field is scanned
  once for the literals the rules need, and only the rules whose literal occurs run;
- **old** (the baseline): the same lexicon and code with the prefilter switched off, so
  every rule's regular expression runs over every field one after another (577 of
  them), as before the prefilter.

Prints texts per CPU-second of each (median of the passes), the ratio, the target, and
whether both paths gave the same result for every text.
"""

from __future__ import annotations

import gzip
import json
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsarchive.bench import Options
from newsarchive.extract import ExtractionError, extract
from newsarchive.topics import classify
from newsarchive.topics.evaluation import LABELLED, read_jsonl
from newsarchive.topics.lexicon import lexicon
from newsarchive.topics.prefilter import Prefilter

#: Target of the project's issue 17: texts per CPU-second on the dev corpus.
TARGET = 100.0
#: The dev corpus beside the repository.
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
#: Passes of the new path (the old one runs once: it is slow).
NEW_PASSES = 3

Text = tuple[str, str, str]


def corpus_texts(corpus: Path) -> list[Text]:
    """Title, lead and body of every page of ``corpus`` that holds an article."""
    texts: list[Text] = []
    with (corpus / "manifest.jsonl").open(encoding="utf-8") as manifest:
        records = [json.loads(line) for line in manifest if line.strip()]
    for record in records:
        path = corpus / "pages" / f"{record['id']}.html.gz"
        if not path.exists():
            continue
        try:
            article = extract(gzip.decompress(path.read_bytes()), record.get("url") or "")
        except ExtractionError:
            continue
        texts.append((article["title"] or "", article["lead"] or "", article["body"] or ""))
    return texts


def bundled_texts() -> list[Text]:
    """Title, lead and body of every article of the bundled labelled sets."""
    paths = sorted(LABELLED.parent.glob("topics_*.jsonl"))
    return [
        (r.get("title") or "", r.get("lead") or "", r.get("body") or "")
        for path in paths
        for r in read_jsonl(path)
    ]


@contextmanager
def every_rule() -> Iterator[None]:
    """The old path: no prefilter, every rule and false friend runs over every field."""
    lex = lexicon()
    saved = lex.rule_filter, lex.false_friend_filter
    lex.rule_filter = Prefilter(len(lex.rules), always=list(range(len(lex.rules))))
    lex.false_friend_filter = Prefilter(
        len(lex.false_friends), always=list(range(len(lex.false_friends)))
    )
    try:
        yield
    finally:
        lex.rule_filter, lex.false_friend_filter = saved


def classify_all(texts: list[Text]) -> list[dict[str, Any]]:
    """Every text's classification as a dict."""
    return [classify(*text).as_dict() for text in texts]


def cpu_rate(run: Callable[[], object], count: int) -> float:
    """Texts per CPU-second of one call of ``run`` over ``count`` texts."""
    started = time.process_time()
    run()
    return count / max(time.process_time() - started, 1e-9)


def measure(texts: list[Text], new_passes: int = NEW_PASSES) -> dict[str, Any]:
    """Rates of both paths on ``texts`` and whether their results agree."""
    new_results = classify_all(texts)  # also warms the lexicon and caches
    new = [cpu_rate(lambda: classify_all(texts), len(texts)) for _ in range(new_passes)]
    with every_rule():
        started = time.process_time()
        old_results = classify_all(texts)
        old = len(texts) / max(time.process_time() - started, 1e-9)
    same = sum(a == b for a, b in zip(new_results, old_results, strict=True))
    return {"texts": len(texts), "new": statistics.median(new), "new_passes": new, "old": old,
            "same": same}  # fmt: skip


def report(figures: dict[str, Any], source: str) -> str:
    """The benchmark lines."""
    new, old = figures["new"], figures["old"]
    spread = ", ".join(f"{rate:.0f}" for rate in figures["new_passes"])
    verdict = "ok" if new >= TARGET else "MISSED"
    return "\n".join(
        [
            f"classifier on {figures['texts']} texts ({source})",
            f"  new (one-pass prefilter): {new:8.1f} texts/CPU-s (passes: {spread})",
            f"  old (every rule in turn): {old:8.1f} texts/CPU-s",
            f"  new / old: x{new / old:.1f}; target >= {TARGET:.0f} texts/CPU-s: {verdict}",
            f"  same result on {figures['same']}/{figures['texts']} texts",
        ]
    )


def run(options: Options) -> str:
    """Extract the corpus texts (or take the bundled sets), measure, and report."""
    corpus = options.corpus or DEFAULT_CORPUS
    if (corpus / "manifest.jsonl").exists():
        texts, source = corpus_texts(corpus), f"extracted from {corpus}"
    else:
        texts, source = bundled_texts(), "bundled labelled sets: no corpus"
    return report(measure(texts), source)
