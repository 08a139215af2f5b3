"""Stage 2, extract: from a fetched page to an article's fields.

In: the page's bytes, its URL (and optional declared encoding, fetch time and
:class:`SiteRules`). Out: the article's fields (title, lead, body, authors, dates, ...), or
:class:`ExtractionError` with a short reason (``empty``, ``binary``, ``not-html``,
``no-text``) when the page holds no article.

:func:`extract` (module ``extraction``) is the package's face and runs the steps, a module
each: ``parsing`` (decoding, one lxml tree), ``metadata`` (JSON-LD, OpenGraph, meta tags),
``title``, ``authors`` (with ``names``), ``dates`` (with ``nodes``, the text around the
headline), ``body`` (boilerplate, trafilatura, paragraph rules, lead). ``data`` holds the
XPaths, lexicons and patterns, ``text`` the small text helpers; both import nothing heavy,
and importing them does not load the extractor. ``evaluation`` scores extraction on a
corpus against trafilatura.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsarchive.extract.extraction import FIELDS, ExtractionError, SiteRules, extract

__all__ = ["FIELDS", "ExtractionError", "SiteRules", "extract"]


def __getattr__(name: str) -> Any:
    """The package's face, loaded on first use (``newsarchive.extract.data`` stays cheap)."""
    if name in __all__:
        return getattr(importlib.import_module("newsarchive.extract.extraction"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
