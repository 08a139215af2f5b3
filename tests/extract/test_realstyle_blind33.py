"""The builders of the sets written blind in the thirty-third session (``de_full96``: German
bylines of blogs and small sites; ``de_full101``: news copies and republished texts;
``de_full100``: magazine features and long reads; ``dates_cf``: dates near midnight and in
mixed time zones; ``de_full98``: finance portals and bank pages; ``en_aq``: English news and
blogs; ``de_full99``: pages of 2005-2016 as web archives keep them; ``de_full97``: regional
and local news) write exactly the committed files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle"


@pytest.mark.parametrize(
    ("builder_path", "name", "count"),
    [
        ("defull/build_defull96.py", "de_full96", 24),
        ("defull/build_defull101.py", "de_full101", 24),
        ("defull/build_defull100.py", "de_full100", 24),
        ("dates/build_cf.py", "dates/dates_cf", 30),
        ("defull/build_defull98.py", "de_full98", 24),
        ("en/build_en_aq.py", "en_aq", 24),
        ("defull/build_defull99.py", "de_full99", 24),
        ("defull/build_defull97.py", "de_full97", 24),
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
