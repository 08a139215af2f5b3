"""The invented dates set (issue 11): half A (tuned on), half B (read once, for its misses) and
the third batch C (scored, never read page by page) stay above their floors; the halves are
the fixed split and C shares no page with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.extract import evaluation

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle" / "dates"

#: A little under what each half gives today (the set's README); C: its final score (0.714,
#: equal to its first: no rule was kept) minus 0.024, one page of 42 and a little.
FLOORS = {"dates_a": 0.97, "dates_b": 0.85, "dates_c": 0.69}


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_dates_half_above_its_floor(half: str) -> None:
    report = evaluation.compare(SET / half, with_baseline=False)
    assert report["ours"]["date_pages"] == report["pages"] >= 34
    assert report["ours"]["date"] >= FLOORS[half]


def test_dates_halves_are_disjoint_and_hold_every_family() -> None:
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    ids = {h: {r["id"] for r in rs} for h, rs in records.items()}
    assert not ids["dates_a"] & ids["dates_b"]
    assert not (ids["dates_a"] | ids["dates_b"]) & ids["dates_c"]
    origins = {h: {r["origin"] for r in rs} for h, rs in records.items()}
    assert origins["dates_a"] == origins["dates_b"]


def test_dates_c_is_new_families_only() -> None:
    """The third batch is families the first lacks (its origins share none with A or B)."""
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    origins = {h: {r["origin"] for r in rs} for h, rs in records.items()}
    assert len(records["dates_c"]) >= 40
    assert not origins["dates_c"] & (origins["dates_a"] | origins["dates_b"])
