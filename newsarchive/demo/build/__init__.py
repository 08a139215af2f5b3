"""Render ``content.yaml`` into the demo mirror, its routes and the crawl's expectations.

Nothing generated is committed: :func:`ensure_built` builds ``site/``, ``routes.json``
and ``expected.json`` on first use into a cache directory named after a hash of the
inputs (``content.yaml``, every module of this package and the other sources the output
depends on, the package version) and reuses it while the hash matches. ``python -m
newsarchive.demo.build --out DIR`` writes the three into ``DIR`` for inspection; without
``--out`` it prints the cache directory (building it if needed).

Each outlet gets markup modelled on its real pages: JSON-LD ``NewsArticle`` (Yoast's
``@graph`` on the WordPress blogs), OpenGraph, bylines, German date formats, share
buttons for Facebook, Twitter and Xing on every page, "Lesen Sie auch" lists, author
bio boxes, a WordPress comment form and a Handelsblatt-style paywall teaser.

The modules, by what they make:

- :mod:`~newsarchive.demo.build.content`: the articles of ``content.yaml``;
- :mod:`~newsarchive.demo.build.fragments`: markup every page shares;
- :mod:`~newsarchive.demo.build.news_pages`, :mod:`~newsarchive.demo.build.blog_pages`:
  article pages of the news outlets and of the WordPress blogs;
- :mod:`~newsarchive.demo.build.outlets`: the outlets (host, name, page renderer);
- :mod:`~newsarchive.demo.build.listings`: homepages, robots.txt, sitemaps, feeds, API;
- :mod:`~newsarchive.demo.build.wayback`: CDX answers and captures of old pages;
- :mod:`~newsarchive.demo.build.mirror`: files and routes, written to disk;
- :mod:`~newsarchive.demo.build.expectations`: what a crawl must store (``expected.json``);
- :mod:`~newsarchive.demo.build.assemble`: every article's answer (broken ones too) and
  the whole build;
- :mod:`~newsarchive.demo.build.cache`: the cached build and the command line.
"""

from __future__ import annotations

from newsarchive.demo.build.assemble import build_mirror
from newsarchive.demo.build.cache import (
    CACHE_PREFIX,
    MANIFEST,
    ensure_built,
    input_files,
    input_hash,
    is_complete,
    main,
)
from newsarchive.demo.build.content import Article, load
from newsarchive.demo.build.mirror import Mirror, write

__all__ = [
    "CACHE_PREFIX",
    "MANIFEST",
    "Article",
    "Mirror",
    "build_mirror",
    "ensure_built",
    "input_files",
    "input_hash",
    "is_complete",
    "load",
    "main",
    "write",
]
