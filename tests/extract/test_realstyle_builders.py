"""The builders of halves D to Z, AA to AV and of ``en_c`` to ``en_z``, ``en_aa`` to ``en_ae``,
``en_ag``, ``en_ah`` and ``en_ai`` (which share ``halfwrite.py`` and ``fulltext.py``) write
exactly the committed files: moving shared machinery may not change a judge set. (The dates
and de_full builders have their own such tests.)"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle"

#: Each set: its builder's folder (for imports) and module, and the module attribute that
#: says where it writes ("HERE": the folder above the set, "OUT": the set's folder).
BUILDERS = {
    "d": (SET, "build_d", "HERE"),
    "e": (SET, "build_e", "HERE"),
    "f": (SET, "build_f", "HERE"),
    "g": (SET, "build_g", "HERE"),
    "h": (SET, "build_h", "HERE"),
    "i": (SET, "build_i", "HERE"),
    "j": (SET, "build_j", "HERE"),
    "k": (SET, "build_k", "HERE"),
    "l": (SET, "build_l", "HERE"),
    "m": (SET, "build_m", "HERE"),
    "n": (SET, "build_n", "HERE"),
    "o": (SET, "build_o", "HERE"),
    "p": (SET, "build_p", "HERE"),
    "q": (SET, "build_q", "HERE"),
    "r": (SET, "build_r", "HERE"),
    "s": (SET, "build_s", "HERE"),
    "t": (SET, "build_t", "HERE"),
    "u": (SET, "build_u", "HERE"),
    "v": (SET, "build_v", "HERE"),
    "w": (SET, "build_w", "HERE"),
    "x": (SET, "build_x", "HERE"),
    "y": (SET, "build_y", "HERE"),
    "z": (SET, "build_z", "HERE"),
    "aa": (SET, "build_aa", "HERE"),
    "ab": (SET, "build_ab", "HERE"),
    "ad": (SET, "build_ad", "HERE"),
    "ac": (SET, "build_ac", "HERE"),
    "af": (SET, "build_af", "HERE"),
    "ae": (SET, "build_ae", "HERE"),
    "ag": (SET, "build_ag", "HERE"),
    "ah": (SET, "build_ah", "HERE"),
    "aj": (SET, "build_aj", "HERE"),
    "ai": (SET, "build_ai", "HERE"),
    "ak": (SET, "build_ak", "HERE"),
    "al": (SET, "build_al", "HERE"),
    "am": (SET, "build_am", "HERE"),
    "an": (SET, "build_an", "HERE"),
    "ao": (SET, "build_ao", "HERE"),
    "ap": (SET, "build_ap", "HERE"),
    "aq": (SET, "build_aq", "HERE"),
    "ar": (SET, "build_ar", "HERE"),
    "as": (SET, "build_as", "HERE"),
    "at": (SET, "build_at", "HERE"),
    "au": (SET, "build_au", "HERE"),
    "av": (SET, "build_av", "HERE"),
    "aw": (SET, "build_aw", "HERE"),
    "ax": (SET, "build_ax", "HERE"),
    "ay": (SET, "build_ay", "HERE"),
    "az": (SET, "build_az", "HERE"),
    "ba": (SET, "build_ba", "HERE"),
    "bb": (SET, "build_bb", "HERE"),
    "bc": (SET, "build_bc", "HERE"),
    "bd": (SET, "build_bd", "HERE"),
    "be": (SET, "build_be", "HERE"),
    "bf": (SET, "build_bf", "HERE"),
    "bg": (SET, "build_bg", "HERE"),
    "bh": (SET, "build_bh", "HERE"),
    "bi": (SET, "build_bi", "HERE"),
    "bj": (SET, "build_bj", "HERE"),
    "bk": (SET, "build_bk", "HERE"),
    "bl": (SET, "build_bl", "HERE"),
    "bm": (SET, "build_bm", "HERE"),
    "bn": (SET, "build_bn", "HERE"),
    "bo": (SET, "build_bo", "HERE"),
    "bp": (SET, "build_bp", "HERE"),
    "bq": (SET, "build_bq", "HERE"),
    "br": (SET, "build_br", "HERE"),
    "bs": (SET, "build_bs", "HERE"),
    "bt": (SET, "build_bt", "HERE"),
    "bu": (SET, "build_bu", "HERE"),
    "bv": (SET, "build_bv", "HERE"),
    "bw": (SET, "build_bw", "HERE"),
    "bx": (SET, "build_bx", "HERE"),
    "by": (SET, "build_by", "HERE"),
    "bz": (SET, "build_bz", "HERE"),
    "ca": (SET, "build_ca", "HERE"),
    "cb": (SET, "build_cb", "HERE"),
    "cc": (SET, "build_cc", "HERE"),
    "cd": (SET, "build_cd", "HERE"),
    "ce": (SET, "build_ce", "HERE"),
    "cf": (SET, "build_cf", "HERE"),
    "cg": (SET, "build_cg", "HERE"),
    "ch": (SET, "build_ch", "HERE"),
    "ci": (SET, "build_ci", "HERE"),
    "ck": (SET, "build_ck", "HERE"),
    "cj": (SET, "build_cj", "HERE"),
    "cl": (SET, "build_cl", "HERE"),
    "cm": (SET, "build_cm", "HERE"),
    "en_c": (SET / "en", "build_en_c", "OUT"),
    "en_d": (SET / "en", "build_en_d", "OUT"),
    "en_e": (SET / "en", "build_en_e", "OUT"),
    "en_f": (SET / "en", "build_en_f", "OUT"),
    "en_g": (SET / "en", "build_en_g", "OUT"),
    "en_h": (SET / "en", "build_en_h", "OUT"),
    "en_i": (SET / "en", "build_en_i", "OUT"),
    "en_j": (SET / "en", "build_en_j", "OUT"),
    "en_k": (SET / "en", "build_en_k", "OUT"),
    "en_l": (SET / "en", "build_en_l", "OUT"),
    "en_m": (SET / "en", "build_en_m", "OUT"),
    "en_n": (SET / "en", "build_en_n", "OUT"),
    "en_o": (SET / "en", "build_en_o", "OUT"),
    "en_p": (SET / "en", "build_en_p", "OUT"),
    "en_q": (SET / "en", "build_en_q", "OUT"),
    "en_r": (SET / "en", "build_en_r", "OUT"),
    "en_s": (SET / "en", "build_en_s", "OUT"),
    "en_t": (SET / "en", "build_en_t", "OUT"),
    "en_u": (SET / "en", "build_en_u", "OUT"),
    "en_v": (SET / "en", "build_en_v", "OUT"),
    "en_w": (SET / "en", "build_en_w", "OUT"),
    "en_x": (SET / "en", "build_en_x", "OUT"),
    "en_y": (SET / "en", "build_en_y", "OUT"),
    "en_z": (SET / "en", "build_en_z", "OUT"),
    "en_aa": (SET / "en", "build_en_aa", "OUT"),
    "en_ab": (SET / "en", "build_en_ab", "OUT"),
    "en_ac": (SET / "en", "build_en_ac", "OUT"),
    "en_ad": (SET / "en", "build_en_ad", "OUT"),
    "en_ae": (SET / "en", "build_en_ae", "OUT"),
    "en_ag": (SET / "en", "build_en_ag", "OUT"),
    "en_ah": (SET / "en", "build_en_ah", "OUT"),
    "en_ai": (SET / "en", "build_en_ai", "OUT"),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_builder_writes_the_committed_files(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_builders: None
) -> None:
    folder, module, where = BUILDERS[name]
    monkeypatch.setattr(sys, "path", [str(folder), *sys.path])  # restored after the test
    builder = importlib.import_module(module)
    target = tmp_path / name
    monkeypatch.setattr(builder, where, tmp_path if where == "HERE" else target)
    assert builder.build() >= 30
    committed_dir = SET / name
    written = sorted(p.relative_to(target) for p in target.rglob("*.*"))
    committed = sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    assert written == committed
    for rel in written:
        assert (target / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel
