"""``newsarchive eval-sets``: every corpus under a folder scored at once, and the figures
that moved since an earlier run (the invented judge sets of issue 11)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from extract_pages import ARTICLE, article_page

from newsarchive.cli import cli
from newsarchive.extract import judges

URL = "https://www.finanzblatt.example/banken/a.html"
TOP = "<h1>Sparkasse startet eigenen Kanal</h1><p class='byline'>Von Anna Beispiel</p>"


def write_set(folder: Path, title: str, authors: list[str]) -> Path:
    """A corpus of one invented page whose truth is ``title`` and ``authors``."""
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "p1.html.gz").write_bytes(gzip.compress(article_page(top=TOP)))
    expected = {"title": title, "authors": authors, "body_with": [ARTICLE[3:40]]}
    line = {"id": "p1", "url": URL, "expected": expected}
    (folder / "manifest.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_set(tmp_path / "a", "Sparkasse startet eigenen Kanal", ["Anna Beispiel"])
    write_set(tmp_path / "dates" / "b", "Ein anderer Titel", ["Anna Beispiel"])
    return tmp_path


def test_every_set_under_the_root(root: Path) -> None:
    results = judges.score_sets(root)
    assert sorted(results) == ["a", "dates/b"]
    assert results["a"]["title"] == 1.0
    assert results["dates/b"]["title"] == 0.0
    assert results["a"]["authors"] == 1.0
    assert results["a"]["snippet_f1"] == 1.0
    assert "token_f1" not in results["a"]  # no page gives the whole text


def test_moved_figures() -> None:
    before = {"a": {"title": 0.5, "authors": 1.0}, "gone": {"title": 1.0}}
    after = {"a": {"title": 0.75, "authors": 0.5}, "new": {"title": 0.0}}
    moves = judges.moved(before, after)
    assert [(m.set, m.figure, m.up) for m in moves] == [
        ("a", "title", True),
        ("a", "authors", False),
    ]
    assert judges.format_moved(moves, 2).splitlines()[-1] == "1 sets up, 1 down, of 2"


def test_command_writes_and_compares(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "run.json"
    runner = CliRunner()
    first = runner.invoke(cli, ["eval-sets", str(root), "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert "2 sets scored" in first.output
    earlier = json.loads(out.read_text(encoding="utf-8"))
    earlier["a"]["title"] = 0.0
    out.write_text(json.dumps(earlier), encoding="utf-8")
    second = runner.invoke(cli, ["eval-sets", str(root), "--against", str(out)])
    assert second.exit_code == 0, second.output
    assert "up   a" in second.output
    assert "1 sets up, 0 down, of 2" in second.output


def test_command_refuses_an_empty_root(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval-sets", str(tmp_path)])
    assert result.exit_code == 2
    assert "no manifest.jsonl" in result.output


def test_command_refuses_another_roots_run(root: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"elsewhere": {"title": 1.0}}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval-sets", str(root), "--against", str(other)])
    assert result.exit_code == 2
    assert "score the same ROOT" in result.output
