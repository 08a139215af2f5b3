"""Score many small corpora at once: the invented judge sets (issue 11) under one folder.

:func:`score_sets` scores our extractor alone on every corpus under a root (a folder with
``manifest.jsonl``), :func:`moved` lists the figures that differ from an earlier run's, and
:func:`format_moved` prints them. A rule is judged by the sets that move and by none that
drops (``tests/fixtures/extract_realstyle/README.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsarchive.extract.evaluation import load_pages, ours
from newsarchive.extract.scoring import score

#: The invented judge sets in the repository (``tests/fixtures/extract_realstyle``).
DEFAULT_SETS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "extract_realstyle"
#: The figures compared between runs, each with the count of pages it is scored on (a
#: figure scored on no page is left out; the snippet F1 where a page expects snippets).
FIGURES = (
    ("title", "title_pages"),
    ("authors", "authors_pages"),
    ("date", "date_pages"),
    ("snippet_f1", None),
    ("token_f1", "token_pages"),
)
#: Figures closer than this are the same (float noise).
EPSILON = 1e-9


@dataclass(frozen=True)
class Move:
    """One figure of one set that differs between two runs."""

    set: str
    figure: str
    before: float
    after: float

    @property
    def up(self) -> bool:
        """True when the figure rose."""
        return self.after > self.before


def find_sets(root: Path) -> list[Path]:
    """Every corpus folder under ``root`` (itself included), by relative path."""
    return sorted(p.parent for p in root.rglob("manifest.jsonl"))


def score_set(corpus: Path) -> dict[str, float]:
    """Our figures on one corpus (ours only, no timing); figures scored on no page left out."""
    pages = load_pages(corpus)
    report = score(
        [{"id": p.id, "expected": p.expected} for p in pages], {p.id: ours(p) for p in pages}
    )
    snippets = any(p.expected.get("body_with") for p in pages)
    figures = {"pages": float(len(pages))}
    for name, count in FIGURES:
        if report[count] if count else snippets:
            figures[name] = float(report[name])
    return figures


def score_sets(
    root: Path, jobs: int = 1, progress: Callable[[str], None] | None = None
) -> dict[str, dict[str, float]]:
    """Each corpus under ``root`` (named by its path relative to ``root``) with its figures,
    scored in ``jobs`` processes; ``progress`` is told each set's name as it is done."""
    sets = find_sets(root)
    names = [s.relative_to(root).as_posix() or "." for s in sets]
    results: dict[str, dict[str, float]] = {}
    for name, figures in zip(names, _mapped(score_set, sets, jobs), strict=True):
        results[name] = figures
        if progress is not None:
            progress(name)
    return results


def _mapped(
    function: Callable[[Path], dict[str, float]], items: list[Path], jobs: int
) -> Iterator[dict[str, float]]:
    if jobs <= 1:
        yield from map(function, items)
        return
    with ProcessPoolExecutor(jobs) as pool:
        yield from pool.map(function, items)


def moved(before: dict[str, Any], after: dict[str, Any]) -> list[Move]:
    """The figures of the sets in both runs that differ, by set and figure."""
    moves = []
    for name in sorted(set(before) & set(after)):
        for figure, _ in FIGURES:
            old, new = before[name].get(figure), after[name].get(figure)
            if old is not None and new is not None and abs(old - new) > EPSILON:
                moves.append(Move(name, figure, old, new))
    return moves


def format_moved(moves: list[Move], sets: int) -> str:
    """One line a moved figure, then the count of sets that rose and dropped."""
    lines = [
        f"{'up  ' if m.up else 'down'} {m.set:<24} {m.figure:<10} {m.before:.4f} -> {m.after:.4f}"
        for m in moves
    ]
    up = len({m.set for m in moves if m.up})
    down = len({m.set for m in moves if not m.up})
    lines.append(f"{up} sets up, {down} down, of {sets}")
    return "\n".join(lines)
