"""The layout stays true: imports flow one way, no cycles, no module past 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PACKAGES = ("newsarchive", "spiders", "pipelines")

#: The stages from the top (who may import everything below it) to the bottom. A module
#: may import its own unit and any unit further down, never one further up.
ORDER: tuple[tuple[str, ...], ...] = (
    ("newsarchive.cli", "newsarchive.__main__"),
    ("newsarchive.demo",),
    ("newsarchive.bench",),
    ("newsarchive.serve",),
    ("newsarchive.crawl", "spiders"),
    ("pipelines",),
    ("newsarchive.archive",),
    ("newsarchive.topics",),
    ("newsarchive.extract",),
    ("newsarchive.items", "newsarchive.urls", "newsarchive.settings", "newsarchive"),
)

#: Longest module (lines), data tables included: a table module that grows is split by
#: field, like ``newsarchive/extract/data/``.
MAX_LINES = 400
#: Modules still waiting to be split by responsibility (this list only shrinks).
NOT_YET_SPLIT: set[str] = set()


def modules() -> dict[str, Path]:
    """Every Python module of the project by dotted name."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules ``name`` imports, at the top or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    """Project module -> the project modules it imports."""
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def rank(module: str) -> int:
    """The position of a module's unit in :data:`ORDER` (the longest matching prefix)."""
    best, best_len = -1, -1
    for index, units in enumerate(ORDER):
        for unit in units:
            if (module == unit or module.startswith(unit + ".")) and len(unit) > best_len:
                best, best_len = index, len(unit)
    assert best >= 0, f"{module} belongs to no stage of the layout"
    return best


def test_every_module_has_a_stage() -> None:
    for name in modules():
        rank(name)


def test_imports_flow_one_way() -> None:
    against = [
        f"{name} imports {target}"
        for name, targets in graph().items()
        for target in targets
        if rank(target) < rank(name) and not name.startswith(target + ".")
    ]
    assert not against, "imports against the flow:\n" + "\n".join(sorted(against))


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle (a list of modules) or an empty list."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)):
            return cycle
    return []


def test_no_import_cycle() -> None:
    # a package's __init__ re-exporting its own modules is not a cycle
    edges = {
        name: {t for t in targets if not (name + ".").startswith(t + ".")}
        for name, targets in graph().items()
    }
    assert find_cycle(edges) == []


@pytest.mark.parametrize(
    ("edges", "cyclic"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, False),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, True),
        ({"a": {"a2"}, "a2": set(), "b": {"b"}}, True),
    ],
)
def test_find_cycle(edges: dict[str, set[str]], cyclic: bool) -> None:
    assert bool(find_cycle(edges)) is cyclic


def test_rank_takes_the_longest_unit() -> None:
    assert rank("newsarchive.extract.data") > rank("newsarchive.topics.classifier")
    assert rank("newsarchive.settings") == len(ORDER) - 1
    assert rank("newsarchive.cli") == 0


def test_no_code_module_over_the_limit() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in modules().values()
        if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES
    }
    unexpected = {p: n for p, n in long.items() if p not in NOT_YET_SPLIT}
    assert not unexpected, f"code modules over {MAX_LINES} lines: {unexpected}"
    stale = NOT_YET_SPLIT - set(long)
    assert not stale, f"split already, remove from NOT_YET_SPLIT: {sorted(stale)}"


def test_graph_sees_imports_at_the_top_and_inside_functions() -> None:
    edges = graph()
    assert "newsarchive.archive.known" in edges["newsarchive.crawl.base"]
    assert "newsarchive.crawl.sources" in edges["newsarchive.cli"]  # imported in a function


def rebound_names(source: str) -> set[str]:
    """Top-level names a module binds twice (a constant, function or class): the later
    binding silently replaces the earlier one for every use in the module."""
    seen: set[str] = set()
    twice: set[str] = set()
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Assign):
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names = [statement.target.id]
        elif isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            names = [statement.name]
        else:
            names = []
        twice.update(n for n in names if n in seen)
        seen.update(names)
    return twice


@pytest.mark.parametrize(
    ("source", "twice"),
    [
        ('_D = re.compile(r"\\d{4}")\ndef f(): return _D\n_D = re.compile(r"\\d")\n', {"_D"}),
        ("def f(): pass\ndef f(): pass\n", {"f"}),
        ("A: int = 1\nB = 2\nif B:\n    A = 3\n", set()),
    ],
)
def test_rebound_names(source: str, twice: set[str]) -> None:
    assert rebound_names(source) == twice


def test_no_module_binds_a_top_level_name_twice() -> None:
    rebound = {
        name: sorted(twice)
        for name, path in modules().items()
        if (twice := rebound_names(path.read_text("utf-8")))
    }
    assert not rebound, f"top-level names bound twice (the first is dead): {rebound}"


def test_no_public_name_in_two_data_modules() -> None:
    """``newsarchive.extract.data`` re-exports its modules with star imports: a public name
    two of them bind is silently the later module's value for every ``data.NAME`` (as the
    body's 160-character meta-line limit once shadowed the footer bylines' 400)."""
    owners: dict[str, list[str]] = {}
    for path in sorted((ROOT / "newsarchive" / "extract" / "data").glob("*.py")):
        if path.name != "__init__.py":
            source = path.read_text("utf-8")
            for name in public_bindings(source):
                owners.setdefault(name, []).append(path.stem)
    shared = {name: found for name, found in owners.items() if len(found) > 1}
    assert not shared, f"public names bound in two data modules: {shared}"


def public_bindings(source: str) -> set[str]:
    """The public top-level names a module binds (constants, functions, classes)."""
    names: set[str] = set()
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Assign):
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names.add(statement.target.id)
        elif isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            names.add(statement.name)
    return {n for n in names if not n.startswith("_")}
