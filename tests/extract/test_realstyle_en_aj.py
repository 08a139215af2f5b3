"""The builder of ``en_aj`` (English news chrome, written blind in the twenty-eighth session)
writes exactly the committed files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle"


def test_en_aj_builder_writes_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("build_en_aj", SET / "en" / "build_en_aj.py")
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    monkeypatch.setattr(builder, "DEST", str(tmp_path))
    assert builder.main() == 24
    committed_dir = SET / "en_aj"
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.*"))
    assert written == sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel
