"""The bundled demo site: an offline mirror of a small, invented slice of the German web.

``site/<host>/<path>`` holds the pages, sitemaps, feeds and API answers the spiders
read; ``routes.json`` says how addresses that are not plain files are answered
(query strings, status codes, redirects, content types); ``expected.json`` says what a
crawl must make of every page. All three are generated from ``content.yaml`` by
``python -m newsarchive.demo.build``; :mod:`newsarchive.demoserver` serves them.
"""

from __future__ import annotations

from pathlib import Path

#: The package folder holding the demo data.
DEMO_DIR = Path(__file__).parent
#: The mirror's root: ``<host>/<path>`` below it, plus the mirror's own ``robots.txt``.
SITE_DIR = DEMO_DIR / "site"
#: How non-file addresses are answered (see :mod:`newsarchive.demoserver`).
ROUTES_FILE = DEMO_DIR / "routes.json"
#: What a crawl of the demo site must store (see ``tests/test_end_to_end.py``).
EXPECTED_FILE = DEMO_DIR / "expected.json"
#: The articles' text and metadata, the single source of the three above.
CONTENT_FILE = DEMO_DIR / "content.yaml"

#: The demo's history crawl (``newsarchive crawl-history welt --from 2008 --to 2014``):
#: the mirror holds recorded Wayback Machine answers for exactly this site and range.
HISTORY_SITE = "welt"
HISTORY_FROM = 2008
HISTORY_TO = 2014
