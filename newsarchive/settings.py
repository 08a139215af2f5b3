"""Scrapy settings for newsarchive.

Every setting is documented where it is defined. Our own settings start with
``ARCHIVE_``; any of them can be overridden per run (``scrapy crawl x -s NAME=value``
or ``newsarchive crawl --set NAME=value``) or by an environment variable of the same
name (read below), which is how ``make demo`` points the spiders at the demo site.
"""

from __future__ import annotations

import json
import os

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
#: Project templates: ``scrapy genspider -t newssite <slug> <domain>`` renders
#: ``spiders/newssite.tmpl`` and the test and fixtures in ``newssite/`` beside it.
TEMPLATES_DIR = os.path.join(os.path.dirname(__file__), "crawl", "templates")
#: Project commands (``newsarchive.crawl.commands.genspider`` writes the whole triplet).
COMMANDS_MODULE = "newsarchive.crawl.commands"

# --- Our own settings -------------------------------------------------------------

#: Where the archive is written: a SQLite file (created and migrated on first use).
ARCHIVE_DB = os.environ.get("ARCHIVE_DB", "archive.db")

#: Contact address sent in the User-Agent, so site operators can reach us.
ARCHIVE_CONTACT_URL = os.environ.get(
    "ARCHIVE_CONTACT_URL", "https://github.com/newsarchive/newsarchive"
)

#: Fetch every URL from a mirror of the web at this base (e.g. ``http://127.0.0.1:8765``,
#: the bundled demo site): ``https://HOST/PATH?Q`` is fetched from ``BASE/HOST/PATH?Q``
#: and the archive keeps the real URL (``newsarchive.crawl.middlewares``). Empty: crawl the web.
ARCHIVE_BASE_URL = os.environ.get("ARCHIVE_BASE_URL", "")

#: Slugs of the spiders ``newsarchive crawl`` runs when given none; empty: all.
ARCHIVE_ENABLED_SPIDERS: list[str] = [
    s for s in os.environ.get("ARCHIVE_ENABLED_SPIDERS", "").split(",") if s
]

#: Per-spider bounds for one run (0 = unbounded). ``make run`` keeps a crawl to a few
#: minutes with these; a spider may set its own in ``custom_settings``.
ARCHIVE_MAX_ARTICLES = int(os.environ.get("ARCHIVE_MAX_ARTICLES", "200"))
ARCHIVE_MAX_SECONDS = int(os.environ.get("ARCHIVE_MAX_SECONDS", "240"))
#: How many pages discovery may follow from one sitemap index / feed list (0 = all).
ARCHIVE_MAX_SITEMAPS = int(os.environ.get("ARCHIVE_MAX_SITEMAPS", "20"))

#: Articles published before this ISO date are not requested (sitemaps with dates).
ARCHIVE_SINCE = os.environ.get("ARCHIVE_SINCE", "")

#: Skip URLs whose normalised form is already stored (articles, copies, skipped).
ARCHIVE_INCREMENTAL = os.environ.get("ARCHIVE_INCREMENTAL", "1") == "1"

#: Rows written per transaction by the store stage (at the latest every
#: ARCHIVE_FLUSH_SECONDS); a crash loses at most the uncommitted rows, whose pages are
#: fetched again by the next run.
ARCHIVE_BATCH_SIZE = int(os.environ.get("ARCHIVE_BATCH_SIZE", "200"))
#: Seconds a stored row may wait in the batch before it is committed anyway.
ARCHIVE_FLUSH_SECONDS = float(os.environ.get("ARCHIVE_FLUSH_SECONDS", "10"))
#: "1" (default): commit a batch of 1,000 rows or more (the bulk paths': import-warc,
#: reextract) in a thread while the next batch is queued (queues emptied only after the
#: commit; a crawl's smaller batches commit at once). "0": every batch commits before the
#: next is queued. Quiet 2-core machine, 100,000 articles in batches of 2,000: 2,134-2,494
#: articles/s on against 1,628-1,853 off (README, "Benchmark").
ARCHIVE_PIPELINE_COMMIT = os.environ.get("ARCHIVE_PIPELINE_COMMIT", "1") == "1"

#: Articles scoring below this relevance (0-1) are recorded in ``skipped``, not stored.
ARCHIVE_RELEVANCE_THRESHOLD = float(os.environ.get("ARCHIVE_RELEVANCE_THRESHOLD", "0.5"))

#: Share of a page's text that must match a stored article to count as its copy.
ARCHIVE_DUPLICATE_SIMILARITY = float(os.environ.get("ARCHIVE_DUPLICATE_SIMILARITY", "0.6"))

#: Slugs ``newsarchive crawl`` leaves out when run without slugs (comma-separated in the
#: environment). ``wayback`` is never part of "all": it needs a site.
ARCHIVE_DISABLED_SPIDERS: list[str] = [
    s for s in os.environ.get("ARCHIVE_DISABLED_SPIDERS", "").split(",") if s
]

#: Per-site setting overrides, e.g. ``{"faz": {"ARCHIVE_MAX_ARTICLES": 50}}`` (JSON in the
#: environment); applied at spider priority when that site's spider starts.
ARCHIVE_SITE_SETTINGS: dict[str, dict[str, object]] = json.loads(
    os.environ.get("ARCHIVE_SITE_SETTINGS", "{}")
)

#: Seconds between progress lines of ``newsarchive crawl`` (0 = none).
ARCHIVE_PROGRESS_SECONDS = float(os.environ.get("ARCHIVE_PROGRESS_SECONDS", "30"))

#: Wayback Machine history crawls (``spiders/wayback.py``, ``newsarchive crawl-history``):
#: the years asked of the CDX API when none are given (``-a from=2008 -a to=2014``),
ARCHIVE_WAYBACK_FROM = int(os.environ.get("ARCHIVE_WAYBACK_FROM", "2008"))
ARCHIVE_WAYBACK_TO = int(os.environ.get("ARCHIVE_WAYBACK_TO", "2014"))
#: captures per CDX answer and how many CDX pages per section prefix (0 = all),
ARCHIVE_WAYBACK_CDX_LIMIT = int(os.environ.get("ARCHIVE_WAYBACK_CDX_LIMIT", "1000"))
ARCHIVE_WAYBACK_CDX_PAGES = int(os.environ.get("ARCHIVE_WAYBACK_CDX_PAGES", "0"))
#: the topic words an archived URL must contain to be fetched (any of them,
#: case-insensitive): the one list, for the Wayback crawl and the sitemap backfill;
ARCHIVE_URL_WORDS: list[str] = [
    w for w in os.environ.get(
        "ARCHIVE_URL_WORDS",
        "bank,sparkass,volksbank,raiffeisen,genossenschaft,kredit,finanz,geldinstitut,"
        "facebook,twitter,xing,youtube,social,soziale-netz,netzwerk,blog,web-2,community",
    ).split(",") if w
]  # fmt: skip
#: the words the Wayback crawl asks for (default: ``ARCHIVE_URL_WORDS``; empty: no filter),
ARCHIVE_WAYBACK_URL_WORDS: list[str] = [
    w
    for w in os.environ.get("ARCHIVE_WAYBACK_URL_WORDS", ",".join(ARCHIVE_URL_WORDS)).split(",")
    if w
]
#: seconds between requests to the archive (it asks crawlers to be slow),
ARCHIVE_WAYBACK_DELAY = float(os.environ.get("ARCHIVE_WAYBACK_DELAY", "3"))
#: and how ``429``/``503`` answers are honoured: the wait when ``Retry-After`` is
#: missing, the longest wait, and how often one request is retried.
ARCHIVE_WAYBACK_DEFAULT_WAIT = float(os.environ.get("ARCHIVE_WAYBACK_DEFAULT_WAIT", "60"))
ARCHIVE_WAYBACK_MAX_WAIT = float(os.environ.get("ARCHIVE_WAYBACK_MAX_WAIT", "300"))
ARCHIVE_WAYBACK_RETRIES = int(os.environ.get("ARCHIVE_WAYBACK_RETRIES", "5"))

#: Worker processes that extract and classify pages (``pipelines/pool.py``), shared by
#: every spider of a crawl process; default: one per core. 0 runs both stages in the crawl
#: process itself, on the reactor thread, without a page budget (for debugging).
ARCHIVE_WORKERS = int(
    os.environ.get("ARCHIVE_WORKERS")
    or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
)
#: Wall-clock seconds a worker may spend on one page in one stage; a page over budget
#: has its worker killed and replaced and becomes a ``failures`` row (``extract/timeout``).
ARCHIVE_PAGE_TIMEOUT = float(os.environ.get("ARCHIVE_PAGE_TIMEOUT", "10"))

#: Where ``newsarchive crawl`` writes Scrapy's log (tracebacks included): empty = beside
#: the database, ``archive.db`` -> ``archive.crawl.log`` (appended to); ``-`` = no file,
#: everything on the terminal as plain Scrapy does. The terminal otherwise gets one
#: settings line, one line per unreachable site, progress lines and the summary.
ARCHIVE_LOG_FILE = os.environ.get("ARCHIVE_LOG_FILE", "")

#: Distributed mode (``newsarchive worker`` / ``ingest`` / ``status --redis``; unused by
#: ``newsarchive crawl``): the Redis server (``--redis`` sets it),
ARCHIVE_REDIS_URL = os.environ.get("ARCHIVE_REDIS_URL", "")
#: the prefix of every key (several archives may share one Redis with different ones),
ARCHIVE_REDIS_PREFIX = os.environ.get("ARCHIVE_REDIS_PREFIX", "newsarchive")
#: this worker's id in heartbeats and task records (empty: host-pid-random),
ARCHIVE_REDIS_WORKER_ID = os.environ.get("ARCHIVE_REDIS_WORKER_ID", "")
#: seconds without a heartbeat after which a worker counts as dead (its requests and
#: WARC files are taken again),
ARCHIVE_REDIS_WORKER_TIMEOUT = float(os.environ.get("ARCHIVE_REDIS_WORKER_TIMEOUT", "10"))
#: stream entries ingest reads, stores and commits at once,
ARCHIVE_REDIS_BATCH = int(os.environ.get("ARCHIVE_REDIS_BATCH", "100"))
#: seconds an entry may stay unacknowledged by another ingest before this one claims it,
ARCHIVE_REDIS_CLAIM_SECONDS = float(os.environ.get("ARCHIVE_REDIS_CLAIM_SECONDS", "60"))
#: and how often a worker asks again for a busy domain's download slot.
ARCHIVE_REDIS_POLL_SECONDS = float(os.environ.get("ARCHIVE_REDIS_POLL_SECONDS", "0.02"))
#: Seconds a worker holds a WARC file of ``import-warc --redis`` without renewing its
#: lease (it renews every quarter of it); then another worker reads the file again.
ARCHIVE_REDIS_WARC_LEASE = float(os.environ.get("ARCHIVE_REDIS_WARC_LEASE", "60"))

#: Re-checks (``newsarchive recheck``, newsarchive/crawl/recheck.py): the checkpoints after
#: an article's publication at which it is fetched again (conditionally) to see whether
#: it changed or was taken down; units m, h, d, w. None after the last one.
ARCHIVE_RECHECK_SCHEDULE = os.environ.get("ARCHIVE_RECHECK_SCHEDULE", "1h,6h,1d,3d,7d,30d")
#: Articles one re-check run fetches per site at most (0 = every due one).
ARCHIVE_RECHECK_MAX_ARTICLES = int(os.environ.get("ARCHIVE_RECHECK_MAX_ARTICLES", "0"))
#: Run ``newsarchive recheck`` on the same database after every ``newsarchive crawl``.
ARCHIVE_RECHECK_AFTER_CRAWL = os.environ.get("ARCHIVE_RECHECK_AFTER_CRAWL", "0") == "1"
#: Keep the ``ETag``/``Last-Modified`` of crawled article pages, so that the first
#: re-check is conditional too (``recheck_state.ValidatorsMiddleware`` in newsarchive/crawl).
ARCHIVE_RECHECK_VALIDATORS = os.environ.get("ARCHIVE_RECHECK_VALIDATORS", "1") == "1"

#: The raw archive (``newsarchive.archive.warcfiles``): every response the crawl receives
#: is written as WARC records before its row commits. ``ARCHIVE_WARC=0`` turns it off;
#: ``ARCHIVE_WARC_DIR`` is the folder (relative paths below the database's folder; empty:
#: ``warc/`` beside the database); files are rotated after ``ARCHIVE_WARC_MAX_BYTES``.
ARCHIVE_WARC = os.environ.get("ARCHIVE_WARC", "1") == "1"
ARCHIVE_WARC_DIR = os.environ.get("ARCHIVE_WARC_DIR", "")
ARCHIVE_WARC_MAX_BYTES = int(os.environ.get("ARCHIVE_WARC_MAX_BYTES", "1000000000"))
#: ``newsarchive reextract`` reuses a page's stored verdict (``page_verdicts``) when the
#: key of the classifier's inputs (title, lead, body, threshold, the classifier's code and
#: data) is unchanged; ``0`` (``reextract --full``) classifies every page again.
ARCHIVE_REUSE_VERDICTS = os.environ.get("ARCHIVE_REUSE_VERDICTS", "1") == "1"

#: Backfill from the sites' own sitemap archives (``newsarchive crawl --since DATE``):
#: ``ARCHIVE_UNTIL`` ends the range (ISO date, empty: today); with ``ARCHIVE_BACKFILL=1``
#: every date-partitioned child sitemap (``sitemap-2012-05.xml``, ``?date=2012-05-04``)
#: inside the range is followed, not only the newest ``ARCHIVE_MAX_SITEMAPS``, and
#: article URLs must carry a topic word (``ARCHIVE_URL_WORDS``) unless
#: ``ARCHIVE_BACKFILL_ALL_URLS=1``. ``ARCHIVE_JOBDIR``: a folder under which each spider
#: keeps its request queue (Scrapy ``JOBDIR``), so a stopped backfill resumes.
ARCHIVE_UNTIL = os.environ.get("ARCHIVE_UNTIL", "")
ARCHIVE_BACKFILL = os.environ.get("ARCHIVE_BACKFILL", "0") == "1"
ARCHIVE_BACKFILL_ALL_URLS = os.environ.get("ARCHIVE_BACKFILL_ALL_URLS", "0") == "1"
ARCHIVE_JOBDIR = os.environ.get("ARCHIVE_JOBDIR", "")

#: Search scores of the broad words prepared in the background by ``newsarchive serve``
#: (newsarchive/serve/termscores.py): ``ARCHIVE_SEARCH_PREPARED=0`` turns them off, every
#: search is then scored with SQL (a baseline for ``newsarchive bench desk``).
ARCHIVE_SEARCH_PREPARED = os.environ.get("ARCHIVE_SEARCH_PREPARED", "1") == "1"

# --- Politeness --------------------------------------------------------------------

USER_AGENT = f"newsarchive/0.1 (+{ARCHIVE_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
#: Pages larger than this are not downloaded (and recorded as failures).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
#: No consoles into a running crawl: neither the telnet console nor Scrapy's remote
#: control HTTP server (which runs code sent to it) is needed by an archive crawl.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

#: Opt-in HTTP cache for development: ``ARCHIVE_HTTPCACHE=1``.
HTTPCACHE_ENABLED = os.environ.get("ARCHIVE_HTTPCACHE", "0") == "1"
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 24 * 3600
#: Resumable crawls: set ``JOBDIR`` (``-s JOBDIR=crawls/welt``) to persist the queue.

# --- Pipeline ----------------------------------------------------------------------

#: The four stages, one module each, with gaps for new ones.
ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.classify.ClassifyPipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.warc.WarcJournalPipeline": 700,
    "pipelines.store.StorePipeline": 800,
}
#: Bytes of fetched pages a spider may hold while the pipeline works on them (Scrapy's
#: default is 5 MB): the downloader waits beyond it. Pages wait for the worker pool while
#: the downloader runs ahead; 2 MB keeps memory bounded and is still 20 pages of 100 KB,
#: enough to keep every worker busy.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 2_000_000

EXTENSIONS = {
    "newsarchive.crawl.extensions.CrawlRecorder": 500,
}

DOWNLOADER_MIDDLEWARES = {
    "newsarchive.crawl.middlewares.MirrorResetMiddleware": 49,
    "newsarchive.crawl.middlewares.BaseUrlMiddleware": 101,
    #: redirects must stay on the spider's domains (then robots.txt is checked at 100)
    "newsarchive.crawl.middlewares.RedirectGuardMiddleware": 51,
    #: no retries against a host whose name did not resolve (before RetryMiddleware, 550)
    "newsarchive.crawl.middlewares.UnresolvedHostMiddleware": 555,
    "newsarchive.crawl.recheck_state.ValidatorsMiddleware": 95,
    # next to the downloader: raw responses, before decompression, redirects and retries
    "newsarchive.crawl.warcrecorder.WarcRecorder": 950,
}

SPIDER_MIDDLEWARES: dict[str, int] = {}

LOG_LEVEL = os.environ.get("ARCHIVE_LOG_LEVEL", "INFO")
#: Dropped items are logged at DEBUG only: each is a ``failures`` or ``skipped`` row and a
#: stats count (``archive/dropped/<reason>``), so the console is not flooded with them.
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
#: Scrapy's end-of-run stats dump is off: the stats are stored in ``crawls.stats`` and
#: ``newsarchive crawl`` prints a summary. ``ARCHIVE_STATS_DUMP=1`` turns the dump on.
STATS_DUMP = os.environ.get("ARCHIVE_STATS_DUMP", "0") == "1"
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
