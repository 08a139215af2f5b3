"""The German full-text sets de_full, de_full2 and de_full3 (issue 11; invented German news and blog
pages with their whole annotated text, written blind, judge only): new pages in at least ten
families, every page with its full text and boilerplate snippets, and each builder writes
exactly the committed files. Their floors are in test_realstyle_english.py with the other
full-text sets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from newsarchive.extract import evaluation

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle"
BUILDER = SET / "defull"


def test_de_full_is_new_pages_with_full_text() -> None:
    records = evaluation.load_manifest(SET / "de_full")
    assert len(records) == 31
    families = {r["origin"] for r in records}
    assert len(families) >= 10
    others = ("a", "b", "c", "d", "e", "en_a", "en_b", "en_c")
    before = {r["url"] for h in others for r in evaluation.load_manifest(SET / h)}
    assert not {r["url"] for r in records} & before
    for r in records:
        exp = r["expected"]
        assert exp["body_paragraphs"]
        assert exp["body_without"]
        assert exp["published"]
        truth = " ".join(exp["lead"] + exp["body_paragraphs"])
        assert not any(s in truth for s in exp["body_without"])


def test_de_full_builder_writes_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The builder, run again into a temporary folder, gives the committed pages and
    manifest byte for byte."""
    monkeypatch.setattr(sys, "path", [str(BUILDER), *sys.path])  # restored after the test
    for name in ("build_defull", "defam", "detext", "chrome"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    importlib.import_module("build_defull").build(tmp_path / "de_full")
    committed_dir = SET / "de_full"
    written = sorted(p.relative_to(tmp_path / "de_full") for p in tmp_path.rglob("*.*"))
    committed = sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    assert written == committed
    assert len(written) == 32
    for rel in written:
        assert (tmp_path / "de_full" / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel


def test_de_full2_is_new_pages_in_new_families_with_full_text() -> None:
    records = evaluation.load_manifest(SET / "de_full2")
    assert len(records) == 30
    families = {r["origin"] for r in records}
    assert len(families) >= 10
    first = {
        r["origin"].replace("defull-", "defull2-")
        for r in evaluation.load_manifest(SET / "de_full")
    }
    assert not families & first  # none of de_full's families
    others = ("a", "b", "c", "d", "e", "en_a", "en_b", "en_c", "de_full")
    before = {r["url"] for h in others for r in evaluation.load_manifest(SET / h)}
    assert not {r["url"] for r in records} & before
    for r in records:
        exp = r["expected"]
        assert exp["body_paragraphs"]
        assert exp["body_without"]
        assert exp["published"]
        truth = " ".join(exp["lead"] + exp["body_paragraphs"])
        assert not any(s in truth for s in exp["body_without"])


def test_de_full2_builder_writes_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second builder, run again into a temporary folder, gives the committed pages and
    manifest byte for byte."""
    monkeypatch.setattr(sys, "path", [str(BUILDER), *sys.path])  # restored after the test
    for name in ("build_defull2", "defam2", "detext2", "chrome"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    importlib.import_module("build_defull2").build(tmp_path / "de_full2")
    committed_dir = SET / "de_full2"
    written = sorted(p.relative_to(tmp_path / "de_full2") for p in tmp_path.rglob("*.*"))
    committed = sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    assert written == committed
    assert len(written) == 31
    for rel in written:
        assert (tmp_path / "de_full2" / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel


def test_de_full3_is_new_pages_in_new_families_with_full_text() -> None:
    records = evaluation.load_manifest(SET / "de_full3")
    assert len(records) == 30
    families = {r["origin"].removeprefix("realstyle-defull3-") for r in records}
    assert len(families) >= 10
    earlier = {
        r["origin"].split("-", 2)[2]
        for h in ("de_full", "de_full2")
        for r in evaluation.load_manifest(SET / h)
    }
    assert not families & earlier  # none of de_full's or de_full2's families
    others = ("a", "b", "c", "d", "e", "en_a", "en_b", "en_c", "de_full", "de_full2")
    before = {r["url"] for h in others for r in evaluation.load_manifest(SET / h)}
    assert not {r["url"] for r in records} & before
    for r in records:
        exp = r["expected"]
        assert exp["body_paragraphs"]
        assert exp["body_without"]
        assert exp["published"]
        truth = " ".join(exp["lead"] + exp["body_paragraphs"])
        assert not any(s in truth for s in exp["body_without"])


def test_de_full3_builder_writes_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third builder, run again into a temporary folder, gives the committed pages and
    manifest byte for byte."""
    monkeypatch.setattr(sys, "path", [str(BUILDER), *sys.path])  # restored after the test
    for name in ("build_defull3", "defam3", "detext3", "chrome"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    importlib.import_module("build_defull3").build(tmp_path / "de_full3")
    committed_dir = SET / "de_full3"
    written = sorted(p.relative_to(tmp_path / "de_full3") for p in tmp_path.rglob("*.*"))
    committed = sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    assert written == committed
    assert len(written) == 31
    for rel in written:
        assert (tmp_path / "de_full3" / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel
