"""The archive's schema, created and evolved by sqlite-utils migrations.

Each migration runs once per database, in the order defined here (table
``_sqlite_migrations`` records which ran). Add a new one at the end, with a name that says
what it changes; never edit one that has shipped.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlite_utils
from sqlite_utils import Migrations

from newsarchive.archive import facets, search
from newsarchive.extract.data import INVISIBLE

MIGRATIONS = Migrations("newsarchive")

#: The FTS5 tokenizer: case folding plus diacritics removal, so "Grunder" finds "Gründer".
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def utcnow() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@MIGRATIONS()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Articles, copies, crawls, failures, skipped pages and the full-text index."""
    db.table("articles").create(
        {
            "url": str, "site": str, "fetched_url": str, "title": str, "lead": str,
            "body": str, "authors": str, "agencies": str, "published": str,
            "modified": str, "year": int, "month": str, "language": str, "section": str,
            "tags": str, "site_name": str, "top_image": str, "paywalled": int,
            "word_count": int, "source": str, "fetched_at": str, "content_hash": str,
            "archive_url": str, "archived_at": str, "relevance": float, "banks": str,
            "networks": str, "evidence": str,
        },
        pk="url",
    )  # fmt: skip
    db.table("articles").create_index(["site"])
    db.table("articles").create_index(["published"])
    db.table("articles").create_index(["content_hash"])
    db.table("copies").create(
        {"url": str, "site": str, "original_url": str, "title": str, "source": str,
         "similarity": float, "published": str, "fetched_at": str},
        pk="url",
    )  # fmt: skip
    db.table("copies").create_index(["original_url"])
    db.table("crawls").create(
        {"id": int, "spider": str, "started_at": str, "finished_at": str,
         "finish_reason": str, "stored": int, "failed": int, "skipped": int, "stats": str},
        pk="id",
    )  # fmt: skip
    db.table("failures").create(
        {"url": str, "stage": str, "site": str, "reason": str, "detail": str,
         "crawl_id": int, "recorded_at": str},
        pk=("url", "stage"),
    )  # fmt: skip
    db.table("failures").create_index(["reason"])
    db.table("skipped").create(
        {"url": str, "site": str, "title": str, "relevance": float, "reason": str,
         "detail": str, "crawl_id": int, "recorded_at": str},
        pk="url",
    )  # fmt: skip
    db.table("fingerprints").create({"article_url": str, "hash": int}, pk=("article_url", "hash"))
    db.table("fingerprints").create_index(["hash"])
    for kind in ("banks", "networks"):
        db.table(kind).create({"name": str}, pk="name")
        link = f"article_{kind}"
        column = kind[:-1]
        db.table(link).create(
            {"article_url": str, column: str},
            pk=("article_url", column),
            foreign_keys=[("article_url", "articles", "url"), (column, kind, "name")],
        )
        db.table(link).create_index([column])
    db.table("articles").enable_fts(
        ["title", "lead", "body"], tokenize=FTS_TOKENIZER, create_triggers=True
    )


@MIGRATIONS()
def m002_german_search(db: sqlite_utils.Database) -> None:
    """The German search index ``articles_search`` (see newsarchive/search.py), backfilled."""
    search.rebuild(db)


@MIGRATIONS()
def m003_facet_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for Datasette's facets and filters on ``articles``: each facet count then
    reads a small index instead of every article's full text."""
    for columns in (["year"], ["month"], ["source"], ["language"], ["banks", "networks"],
                    ["networks", "banks"]):  # fmt: skip
        db.table("articles").create_index(columns, if_not_exists=True)


@MIGRATIONS()
def m004_listed_url(db: sqlite_utils.Database) -> None:
    """``articles.listed_url``: the address a sitemap or feed listed, so an article that
    moved (a redirect) is not fetched again on the next incremental run."""
    if "listed_url" not in db.table("articles").columns_dict:
        db.table("articles").add_column("listed_url", str)


@MIGRATIONS()
def m005_search_invisible_characters(db: sqlite_utils.Database) -> None:
    """Articles whose text holds soft hyphens or zero-width characters indexed again: the
    German search now reads "be\\xadliebt" as the one word "beliebt"."""
    invisible = [chr(c) for c in INVISIBLE]
    rows = db.execute("SELECT url, title, lead, body FROM articles")
    urls = [row[0] for row in rows if any(c in (t or "") for t in row[1:] for c in invisible)]
    for url in urls:
        search.index_article(db.conn, url)


@MIGRATIONS()
def m006_search_contentless(db: sqlite_utils.Database) -> None:
    """The German search index without a second copy of every text: a contentless FTS5
    table (SQLite 3.43+), rebuilt from the articles. Run ``VACUUM`` afterwards to give
    the freed pages back to the file system (then ``search.rebuild``: VACUUM may renumber
    the articles' rowids)."""
    search.make_contentless(db)


@MIGRATIONS()
def m_facet_counts_table(db: sqlite_utils.Database) -> None:
    """``facet_counts``: every facet's counts per site, year and bank/network filter, kept in
    sync by triggers (newsarchive/archive/facets.py), so faceted pages need not count
    a million rows; indexes that give a site's or a year's articles newest first."""
    facets.create(db.conn)
    for columns in (["site", "published"], ["year", "published"]):
        db.table("articles").create_index(columns, if_not_exists=True)


@MIGRATIONS()
def article_versions_and_rechecks(db: sqlite_utils.Database) -> None:
    """Versions of changed articles (``versions``), the re-check state (``rechecks``),
    ``articles.version_count``/``changed_at``/``change_kinds``/``removed_at`` and the view
    ``nachtraeglich_geaendert`` (newsarchive/archive/versions.py)."""
    from newsarchive.archive import versions

    versions.create_tables(db)


@MIGRATIONS()
def m007_media(db: sqlite_utils.Database) -> None:
    """The ``media`` table: one proper name, homepage and group per site slug
    (``newsarchive/archive/data/media.tsv``), so every page names an outlet the same way."""
    from newsarchive.archive.media import sync_media

    sync_media(db)


@MIGRATIONS()
def m008_reading_index(db: sqlite_utils.Database) -> None:
    """A covering index for the reading view and the bank and network pages: joins from
    the link tables by URL read date, month, year, outlet, language and archive copy from
    the index instead of the (long) article row."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS articles_reading ON articles "
        "(url, published, month, year, site, language, archive_url)"
    )


#: The columns locating a row's page in the WARC files, and where an imported row came from.
WARC_COLUMNS = {"warc_file": str, "warc_offset": int, "warc_record_id": str,
                "source_archive": str}  # fmt: skip


@MIGRATIONS()
def m_warc_records(db: sqlite_utils.Database) -> None:
    """Every article, copy, skipped page and failure keeps where its page lies in the
    WARC files (``warc_file``, ``warc_offset``, ``warc_record_id``) and, when it was
    imported, the file it came from (``source_archive``); ``reextract_runs`` records the
    re-extraction runs (options, position reached, summary) so an interrupted run resumes."""
    for table in ("articles", "copies", "skipped", "failures"):
        existing = db.table(table).columns_dict
        for column, kind in WARC_COLUMNS.items():
            if column not in existing:
                db.table(table).add_column(column, kind)
    db.table("reextract_runs").create(
        {"id": int, "options": str, "started_at": str, "finished_at": str, "done": int,
         "total": int, "position": str, "summary": str},
        pk="id", if_not_exists=True,
    )  # fmt: skip


@MIGRATIONS()
def m009_compact_duplicate_index(db: sqlite_utils.Database) -> None:
    """The duplicate index as integers: ``fingerprints`` becomes ``(hash, article)`` pairs
    (32-bit hash, ``articles`` rowid) in a ``WITHOUT ROWID`` table, with each article's
    hashes packed in ``fingerprint_sets``; recomputed from the stored texts (it used to
    repeat the article's URL beside every 64-bit hash, in a table and two indexes)."""
    from newsarchive.archive.dedupe import rebuild

    db.execute("DROP TABLE IF EXISTS fingerprints")
    rebuild(db.conn)


@MIGRATIONS()
def m010_known_urls(db: sqlite_utils.Database) -> None:
    """``known_urls``: a 64-bit key of every normalised address the archive has dealt
    with (articles as stored, fetched and listed; copies; skipped pages), so a spider
    checks candidate URLs with indexed lookups instead of loading every URL."""
    from newsarchive.archive.rows import url_key

    db.execute("CREATE TABLE IF NOT EXISTS known_urls (key INTEGER PRIMARY KEY)")
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT url, fetched_url, listed_url FROM articles UNION ALL "
        "SELECT url, NULL, NULL FROM copies UNION ALL SELECT url, NULL, NULL FROM skipped"
    )
    while chunk := cursor.fetchmany(5000):
        keys = {url_key(url) for row in chunk for url in set(row) if url}
        db.conn.executemany("INSERT OR IGNORE INTO known_urls VALUES (?)", [(k,) for k in keys])


@MIGRATIONS()
def m011_crawl_pid(db: sqlite_utils.Database) -> None:
    """``crawls.pid``: the process running a crawl, so the next run can tell a crawl that
    was killed (its row never finished) from one still running, and close its row."""
    if "pid" not in db.table("crawls").columns_dict:
        db.table("crawls").add_column("pid", int)


@MIGRATIONS()
def m_versions_warc(db: sqlite_utils.Database) -> None:
    """Each kept version of an article (``versions``) keeps where the page it was read
    from lies in the WARC files (``warc_file``, ``warc_offset``, ``warc_record_id``)."""
    existing = db.table("versions").columns_dict
    for column in ("warc_file", "warc_offset", "warc_record_id"):
        if column not in existing:
            db.table("versions").add_column(column, WARC_COLUMNS[column])


@MIGRATIONS()
def m012_facet_counts_pause(db: sqlite_utils.Database) -> None:
    """``facet_counts_paused``: the facet triggers do nothing while it has a row, so the
    batched ingest counts a whole batch in one statement (newsarchive/archive/facets.py)."""
    facets.recreate_triggers(db.conn)


@MIGRATIONS()
def m_page_verdicts(db: sqlite_utils.Database) -> None:
    """``page_verdicts``: the classifier's verdict on the page at a WARC position, with the
    key of its inputs (``newsarchive.topics.version.input_key``; the verdict as zlib'd
    JSON, see ``pipelines/verdicts.py``), so ``reextract`` reuses it when the page's
    title, lead and body and the classifier are unchanged."""
    if "page_verdicts" not in db.table_names():
        db.execute(
            "CREATE TABLE page_verdicts (warc_file TEXT NOT NULL, warc_offset INTEGER NOT "
            "NULL, input_key TEXT NOT NULL, verdict BLOB NOT NULL, "
            "PRIMARY KEY (warc_file, warc_offset)) WITHOUT ROWID"
        )


#: Indexes of ``articles`` no query needs (EXPLAIN QUERY PLAN over the reading view, the
#: desk, Datasette's table, count and facet queries): ``site`` and ``year`` are the first
#: column of ``(site, published)`` and ``(year, published)``; ``content_hash`` is never
#: looked up; the JSON ``banks``/``networks`` pairs served Datasette's facets, now read
#: from ``facet_counts`` and the link tables. Each cost every ingested article a write.
UNUSED_ARTICLE_INDEXES = ("idx_articles_site", "idx_articles_year", "idx_articles_content_hash",
                          "idx_articles_banks_networks", "idx_articles_networks_banks")  # fmt: skip


@MIGRATIONS()
def m_drop_unused_article_indexes(db: sqlite_utils.Database) -> None:
    """Drop :data:`UNUSED_ARTICLE_INDEXES`: faster ingest, a smaller file, the same plans."""
    for name in UNUSED_ARTICLE_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {name}")


@MIGRATIONS()
def m_facet_counts_pending(db: sqlite_utils.Database) -> None:
    """``facet_counts_pending``: articles the batched ingest wrote and counts later, in a
    window (newsarchive/archive/facets.py); the triggers leave pending rows alone."""
    facets.recreate_triggers(db.conn)


@MIGRATIONS()
def m_fts_batch_pause(db: sqlite_utils.Database) -> None:
    """``articles_fts_paused``: the unicode61 index's triggers do nothing while it has a
    row, so the batched ingest indexes a batch with one statement; the update trigger
    fires only when the title, lead or body change (newsarchive/archive/search_index.py)."""
    from newsarchive.archive import search_index

    search_index.recreate_fts_triggers(db.conn)


@MIGRATIONS()
def m_facet_counts_fewer_cells(db: sqlite_utils.Database) -> None:
    """``facet_counts`` without the cells a reader derives (the site and year facets and a
    list value's own count under its list filter, newsarchive/archive/facets.py): new
    triggers and a recount."""
    facets.recreate_triggers(db.conn)
    facets.rebuild(db.conn)
