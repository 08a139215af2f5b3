"""Smoke tests of the article generator and the benchmark on a few hundred articles."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsarchive.archive import search
from newsarchive.archive.storage import open_db
from newsarchive.bench import Options, generate
from newsarchive.bench import search as bench


def test_generator_is_deterministic_and_german() -> None:
    first = list(itertools.islice(generate.generate_articles(50, seed=3), 50))
    again = list(itertools.islice(generate.generate_articles(50, seed=3), 50))
    assert first == again
    text = " ".join(a["title"] + " " + a["lead"] + " " + a["body"] for a in first)
    for word in ("Bank", "Sparkasse", "Netzwerk", "Kunden"):
        assert word in text
    assert len({a["site"] for a in first}) > 5
    assert len({a["year"] for a in first}) > 5
    assert all(json.loads(a["banks"]) and json.loads(a["networks"]) for a in first)


def test_build_writes_articles_links_and_search_index(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    timings = generate.build(path, 500, seed=2, batch=200)
    assert set(timings) == {"articles", "search_index"}
    db = open_db(path)
    assert db.table("articles").count == 500
    assert db.table("articles_search").count == 500
    assert db.table("article_banks").count >= 500
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] > 100


def test_ensure_archive_caches_by_parameters(tmp_path: Path) -> None:
    path, built = bench.ensure_archive(tmp_path, 300, seed=1)
    assert built
    assert path.exists()
    again, built_again = bench.ensure_archive(tmp_path, 300, seed=1)
    assert again == path
    assert not built_again
    other, _ = bench.ensure_archive(tmp_path, 300, seed=2)
    assert other != path


def test_timing_statistics() -> None:
    timing = bench.Timing("x", [float(i) for i in range(1, 101)])
    assert timing.median == pytest.approx(50.5)
    assert timing.p95 == 95.0


@pytest.mark.slow
def test_bench_runs_against_datasette(tmp_path: Path) -> None:
    text = bench.run(Options(articles=500, requests=8, directory=tmp_path))
    assert "ranked search (suche, German)" in text
    assert "articles page, 4 facets" in text
    assert "p95 < 150 ms" in text
    assert "p95 < 500 ms" in text
    assert "German search / plain FTS: median x" in text
