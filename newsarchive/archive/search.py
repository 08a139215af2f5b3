"""German full-text search: a stemmed, umlaut-folded, decompounded shadow index.

The package's face for the rest of the project; the work is done by one module per
responsibility:

- :mod:`newsarchive.archive.search_text`: text analysis (fold, stem, decompound);
- :mod:`newsarchive.archive.search_index`: the ``articles_search`` FTS5 table and its
  maintenance (index, unindex, rebuild);
- :mod:`newsarchive.archive.search_query`: the query language (``german_query``);
- :mod:`newsarchive.archive.search_snippets`: snippets with marked matches.
"""

from __future__ import annotations

from newsarchive.archive.search_index import (
    BM25_WEIGHTS,
    SEARCH_TABLE,
    create_table,
    index_article,
    index_articles,
    index_rows,
    is_contentless,
    make_contentless,
    rebuild,
    search_row,
    unindex_article,
)
from newsarchive.archive.search_query import NOTHING, Query, german_query, parse_query, query_hint
from newsarchive.archive.search_snippets import MARK_END, MARK_START, snippet, snippet_html
from newsarchive.archive.search_text import (
    LINKERS,
    MIN_PART,
    SHORT_PARTS,
    analyse,
    fold,
    index_terms,
    lexicon,
    stem,
    words,
)

__all__ = [
    "BM25_WEIGHTS",
    "LINKERS",
    "MARK_END",
    "MARK_START",
    "MIN_PART",
    "NOTHING",
    "SEARCH_TABLE",
    "SHORT_PARTS",
    "Query",
    "analyse",
    "create_table",
    "fold",
    "german_query",
    "index_article",
    "index_articles",
    "index_rows",
    "index_terms",
    "is_contentless",
    "lexicon",
    "make_contentless",
    "parse_query",
    "query_hint",
    "rebuild",
    "search_row",
    "snippet",
    "snippet_html",
    "stem",
    "unindex_article",
    "words",
]  # fmt: skip
