"""The invented dates set (issue 11): half A (tuned on), half B and the third batch C (each
read once, for its misses) and the fourth and fifth batches D and E (written blind, never read
page by page) and the sixth to ninth batches F, G, H and I (written blind, each its first score
the floor) stay above their floors; the halves are the fixed split, C to I share no page with
the batches before them, and each builder writes exactly the committed files."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from newsarchive.extract import evaluation

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle" / "dates"

#: A little under what each half gives today (the set's README): B 0.941 and C 1.000 (after
#: the rules from their misses), D 0.943 (its final score) and E 0.955 (its first score, taken
#: blind before any rule) and F 0.771 (its first score, blind), each minus about one page.
FLOORS = {
    "dates_a": 0.97,
    "dates_b": 0.91,
    "dates_c": 0.97,
    "dates_d": 0.91,
    "dates_e": 0.93,
    "dates_f": 0.74,
}

#: The seventh batch G (blogs, small sites, organisations; written blind, scored once):
#: its first score 0.771 (37 of 48 pages) minus about 0.03 (a page and a half).
FLOORS["dates_g"] = 0.74

#: The eighth batch H (news and magazine publishers; written blind, scored once): its first
#: score 0.844 (38 of 45 pages) minus about 0.03 (a page and a half).
FLOORS["dates_h"] = 0.81

#: The ninth batch I (local publishers, blogs and organisations; written blind, scored once):
#: its first score 0.867 (39 of 45 pages) minus about 0.03 (a page and a half).
FLOORS["dates_i"] = 0.83

#: Each builder module and the batches it writes.
BUILDERS = {
    "build": ("dates_a", "dates_b"),
    "build_c": ("dates_c",),
    "build_d": ("dates_d",),
    "build_e": ("dates_e",),
    "build_f": ("dates_f",),
}

BUILDERS["build_g"] = ("dates_g",)
BUILDERS["build_h"] = ("dates_h",)
BUILDERS["build_i"] = ("dates_i",)


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


def test_dates_d_shares_no_page_with_the_others() -> None:
    """The fourth batch is new pages (no address or family shared with A, B or C)."""
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    urls = {h: {r["url"] for r in rs} for h, rs in records.items()}
    origins = {h: {r["origin"] for r in rs} for h, rs in records.items()}
    assert not urls["dates_d"] & (urls["dates_a"] | urls["dates_b"] | urls["dates_c"])
    assert not origins["dates_d"] & (origins["dates_a"] | origins["dates_b"] | origins["dates_c"])
    assert len(origins["dates_d"]) >= 10


def test_dates_e_shares_no_page_with_the_others() -> None:
    """The fifth batch is new pages in new families (no address, site or family of A to D)."""
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    before = [h for h in FLOORS if h != "dates_e"]
    urls = {h: {r["url"] for r in rs} for h, rs in records.items()}
    origins = {h: {r["origin"].split("-", 1)[1] for r in rs} for h, rs in records.items()}
    hosts = {
        h: {r["url"].split("/")[2].removeprefix("www.") for r in rs} for h, rs in records.items()
    }
    for h in before:
        assert not urls["dates_e"] & urls[h]
        assert not origins["dates_e"] & origins[h]
        assert not hosts["dates_e"] & hosts[h]
    assert len(origins["dates_e"]) >= 10
    assert all(r["expected"]["published"] for r in records["dates_e"])


def test_dates_f_shares_no_page_with_the_others() -> None:
    """The sixth batch is new pages in new families (no id, address, site or family of A to E)."""
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    # (dates_g was written at the same time, by another writer: family names may recur there)
    before = [h for h in FLOORS if h < "dates_f"]
    ids = {h: {r["id"] for r in rs} for h, rs in records.items()}
    urls = {h: {r["url"] for r in rs} for h, rs in records.items()}
    origins = {h: {r["origin"].split("-", 1)[1] for r in rs} for h, rs in records.items()}
    hosts = {
        h: {r["url"].split("/")[2].removeprefix("www.") for r in rs} for h, rs in records.items()
    }
    for h in before:
        assert not ids["dates_f"] & ids[h]
        assert not urls["dates_f"] & urls[h]
        assert not origins["dates_f"] & origins[h]
        assert not hosts["dates_f"] & hosts[h]
    assert len(records["dates_f"]) >= 45
    assert len(origins["dates_f"]) >= 12
    assert all(r["expected"]["published"] for r in records["dates_f"])


@pytest.mark.parametrize("module", sorted(BUILDERS))
def test_dates_builder_writes_the_committed_files(
    module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each builder, run again (into a temporary folder), gives the committed pages and
    manifest byte for byte: the committed set is what its builder says."""
    monkeypatch.syspath_prepend(str(SET))
    # the folder above has its own build.py and families.py: import the dates set's modules
    names = ("families", "families_c", "families_d", "families_e", "families_f", "families_f2")
    names += ("families_g", "families_g2", "families_h", "families_h2", "families_i")
    names += ("families_i2",)
    for name in ("build", "pages", *names, module):
        monkeypatch.delitem(sys.modules, name, raising=False)
    writer = importlib.import_module("build")
    monkeypatch.setattr(writer, "HERE", tmp_path)
    importlib.import_module(module).build()
    for batch in BUILDERS[module]:
        written = sorted(p.relative_to(tmp_path / batch) for p in (tmp_path / batch).rglob("*.*"))
        committed = sorted(p.relative_to(SET / batch) for p in (SET / batch).rglob("*.*"))
        assert written == committed
        assert len(written) > 30
        for rel in written:
            assert (tmp_path / batch / rel).read_bytes() == (SET / batch / rel).read_bytes(), rel


def ids_of(records: dict[str, list[dict[str, str]]], half: str) -> set[str]:
    """The page ids of one batch."""
    return {r["id"] for r in records[half]}


def test_dates_g_shares_no_page_with_the_others() -> None:
    """The seventh batch is new pages in new families (no id, address, host or family of the
    other batches; its ids, origins and hosts carry its own prefixes)."""
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    # (dates_f was written at the same time, by another writer: family names may recur there)
    before = [h for h in FLOORS if h < "dates_f"]
    assert not ids_of(records, "dates_g") & ids_of(records, "dates_f")
    ids = {h: {r["id"] for r in rs} for h, rs in records.items()}
    urls = {h: {r["url"] for r in rs} for h, rs in records.items()}
    origins = {h: {r["origin"].split("-", 1)[1] for r in rs} for h, rs in records.items()}
    hosts = {
        h: {r["url"].split("/")[2].removeprefix("www.") for r in rs} for h, rs in records.items()
    }
    for h in before:
        assert not ids["dates_g"] & ids[h]
        assert not urls["dates_g"] & urls[h]
        assert not origins["dates_g"] & origins[h]
        assert not hosts["dates_g"] & hosts[h]
    assert len(records["dates_g"]) >= 45
    assert len(origins["dates_g"]) >= 12
    for r in records["dates_g"]:
        assert r["id"].startswith("g-")
        assert r["origin"].startswith("datesg-")
        assert r["url"].split("/")[2].removeprefix("www.").startswith("datesg-")
        assert r["expected"]["published"]


def test_dates_h_shares_no_page_with_the_others() -> None:
    """The eighth batch (news and magazine publishers) is new pages in new families: no id,
    address, host or family of the batches written before it (A to G); its ids, origins and
    hosts carry its own prefixes."""
    records = {h: evaluation.load_manifest(SET / h) for h in {*FLOORS, "dates_h"}}
    before = sorted(h for h in records if h < "dates_h")
    assert len(before) == 7
    ids = {h: {r["id"] for r in rs} for h, rs in records.items()}
    urls = {h: {r["url"] for r in rs} for h, rs in records.items()}
    origins = {h: {r["origin"].split("-", 1)[1] for r in rs} for h, rs in records.items()}
    hosts = {
        h: {r["url"].split("/")[2].removeprefix("www.") for r in rs} for h, rs in records.items()
    }
    for h in before:
        assert not ids["dates_h"] & ids[h]
        assert not urls["dates_h"] & urls[h]
        assert not origins["dates_h"] & origins[h]
        assert not hosts["dates_h"] & hosts[h]
    assert len(records["dates_h"]) >= 45
    assert len(origins["dates_h"]) >= 14
    for r in records["dates_h"]:
        assert r["id"].startswith("dh-")
        assert r["origin"].startswith("datesh-")
        assert r["url"].split("/")[2].removeprefix("www.").startswith("datesh-")
        assert r["expected"]["published"]


def test_dates_i_shares_no_page_with_the_others() -> None:
    """The ninth batch (local publishers, blogs and organisations) is new pages in new
    families: no id, address, host or family of the batches written before it (A to H); its
    ids, origins and hosts carry its own prefixes."""
    records = {h: evaluation.load_manifest(SET / h) for h in FLOORS}
    before = sorted(h for h in records if h < "dates_i")
    assert len(before) == 8
    ids = {h: {r["id"] for r in rs} for h, rs in records.items()}
    urls = {h: {r["url"] for r in rs} for h, rs in records.items()}
    origins = {h: {r["origin"].split("-", 1)[1] for r in rs} for h, rs in records.items()}
    hosts = {
        h: {r["url"].split("/")[2].removeprefix("www.") for r in rs} for h, rs in records.items()
    }
    for h in before:
        assert not ids["dates_i"] & ids[h]
        assert not urls["dates_i"] & urls[h]
        assert not origins["dates_i"] & origins[h]
        assert not hosts["dates_i"] & hosts[h]
    assert len(records["dates_i"]) >= 45
    assert len(origins["dates_i"]) >= 15
    for r in records["dates_i"]:
        assert r["id"].startswith("di-")
        assert r["origin"].startswith("datesi-")
        assert r["url"].split("/")[2].removeprefix("www.").startswith("datesi-")
        assert r["expected"]["published"]
