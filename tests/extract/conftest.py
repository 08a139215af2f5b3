"""Fixtures of the extraction tests."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

#: The folder that holds every invented set and its builder modules.
REALSTYLE = Path(__file__).resolve().parents[1] / "fixtures" / "extract_realstyle"


def _forget_builder_modules() -> None:
    """Drop every imported module that lives under the invented sets' folder."""
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None)
        if origin and _under_sets(origin):
            del sys.modules[name]


@functools.cache
def _under_sets(origin: str) -> bool:
    """Whether the module file ``origin`` lies under the sets' folder (resolved once a path:
    the walk over every loaded module ran before and after each builder test)."""
    return Path(origin).resolve().is_relative_to(REALSTYLE)


@pytest.fixture
def fresh_builders() -> Iterator[None]:
    """Import a set's builder modules afresh: the sets' folders share module names
    (``build.py``, ``build_m.py``, ``families_c.py``), so one test's modules must not
    answer the next test's imports."""
    _forget_builder_modules()
    yield
    _forget_builder_modules()
