"""The builders of the sets written blind in the thirty-fourth session (``de_full104``:
German interviews, commentaries, columns and other opinion formats; ``en_ar``: English pages
from the UK, Ireland, the US, India, Singapore and Australia; ``de_full105``: German news
and finance articles as modern web frameworks serve them, and ``de_full108`` the same kind by
another writer; ``dates_ch``: German pages with little or no date metadata) write exactly
the committed files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle"


@pytest.mark.parametrize(
    ("builder_path", "name", "count"),
    [
        ("defull/build_defull104.py", "de_full104", 24),
        ("en/build_en_ar.py", "en_ar", 24),
        ("defull/build_defull105.py", "de_full105", 24),
        ("dates/build_ch.py", "dates/dates_ch", 30),
        ("defull/build_defull108.py", "de_full108", 24),
    ],
)
def test_blind_builder_writes_the_committed_files(
    builder_path: str, name: str, count: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location(f"build_{name}", SET / builder_path)
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    monkeypatch.setattr(builder, "DEST", str(tmp_path))
    assert builder.main() == count
    committed_dir = SET / name
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.*"))
    assert written == sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel
