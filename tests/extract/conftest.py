"""Fixtures of the extraction tests."""

from __future__ import annotations

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
        if origin and Path(origin).resolve().is_relative_to(REALSTYLE):
            del sys.modules[name]


@pytest.fixture
def fresh_builders() -> Iterator[None]:
    """Import a set's builder modules afresh: the sets' folders share module names
    (``build.py``, ``build_m.py``, ``families_c.py``), so one test's modules must not
    answer the next test's imports."""
    _forget_builder_modules()
    yield
    _forget_builder_modules()
