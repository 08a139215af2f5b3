"""The bundled demo site: an offline mirror of a small, invented slice of the German web.

``content.yaml`` is the only source: :func:`built_dir` renders it (with
:mod:`newsarchive.demo.build`) into a cache directory holding ``site/<host>/<path>`` (the
pages, sitemaps, feeds and API answers the spiders read), ``routes.json`` (how addresses
that are not plain files are answered: query strings, status codes, redirects, content
types) and ``expected.json`` (what a crawl must make of every page). Nothing generated
is kept in the package; :mod:`newsarchive.demo.server` serves the built mirror.
"""

from __future__ import annotations

from pathlib import Path

#: The package folder holding the demo's sources.
DEMO_DIR = Path(__file__).parent
#: The articles' text and metadata, the single source of the built demo data.
CONTENT_FILE = DEMO_DIR / "content.yaml"

#: The demo's history crawl (``newsarchive crawl-history welt --from 2008 --to 2014``):
#: the mirror holds recorded Wayback Machine answers for exactly this site and range.
HISTORY_SITE = "welt"
HISTORY_FROM = 2008
HISTORY_TO = 2014


def built_dir() -> Path:
    """The directory of the built demo data (built on first use, then reused; see
    :func:`newsarchive.demo.build.ensure_built`)."""
    from newsarchive.demo.build import ensure_built

    return ensure_built()


def site_dir() -> Path:
    """The mirror's root: ``<host>/<path>`` below it, plus the mirror's own ``robots.txt``."""
    return built_dir() / "site"


def routes_file() -> Path:
    """How non-file addresses are answered (see :mod:`newsarchive.demo.server`)."""
    return built_dir() / "routes.json"


def expected_file() -> Path:
    """What a crawl of the demo site must store (see ``tests/demo/test_end_to_end.py``)."""
    return built_dir() / "expected.json"
