"""The ingest and memory benchmarks on a few hundred articles: every figure and verdict."""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive.bench import PARTS, Options, ingest, memory


def test_generated_articles_become_items_with_fingerprints(tmp_path: Path) -> None:
    source = ingest.ensure_articles(tmp_path, 20, seed=2)
    assert ingest.ensure_articles(tmp_path, 20, seed=2) == source  # cached
    rows = list(ingest.read_rows(source))
    assert len(rows) == 20
    item = ingest.to_item(rows[0])
    assert item.fingerprints == rows[0]["fingerprints"]
    assert item.banks == json.loads(rows[0]["banks"])
    assert ingest.old_fingerprint(item.body) != set(item.fingerprints)


def test_old_full_load_and_new_lookups_agree(tmp_path: Path) -> None:
    db = memory.ensure_url_archive(tmp_path, 500)
    old = memory.startup(db, 100, True)
    new = memory.startup(db, 100, False)
    assert old["hits"] == new["hits"] == 100


def test_reports_have_every_figure_and_verdict(tmp_path: Path) -> None:
    assert {"ingest", "memory"} <= set(PARTS)
    options = Options(articles=200, directory=tmp_path)
    text = ingest.report(ingest.measure(options, spawn=False))
    text += "\n" + memory.report(memory.measure(options, spawn=False))
    for expected in ("baseline: raw executemany + FTS5", "facets counted in a thread (1 core)",
                     "second core: x", "(bulk paths)",
                     f"Archive, batches of {ingest.CRAWL_BATCH} (ARCHIVE_BATCH_SIZE)",
                     "old path: per-row upserts", "KB per article beyond its text",
                     "duplicate index:", "memory, dedupe + store stages", "start-up"):  # fmt: skip
        assert expected in text, text
    assert "MISSED" in text or "ok" in text
    assert "MISMATCH" not in text
