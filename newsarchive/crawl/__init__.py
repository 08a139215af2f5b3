"""Stage 1, crawl: find article pages and fetch them.

In: the site spiders' declarations (``spiders/<slug>.py``: sitemaps, feeds, WordPress API,
URL filters) and the archive's list of stored URLs. Out: :class:`~newsarchive.items.PageItem`
(a fetched page with its listing's hints) and :class:`~newsarchive.items.FailureItem` (a
fetch that failed, with its reason), handed to the pipelines.

Modules: ``base`` (the base spiders), ``discovery`` (sitemap, feed, API and robots.txt
parsers), ``middlewares`` (fetching through a mirror of the web, ``ARCHIVE_BASE_URL``),
``extensions`` (the ``crawls`` row), ``runner`` (several spiders in one process, progress
and summary), ``health`` (the failing-site verdict), ``sources`` (the spider registry and
``check-sources``), ``wayback`` (the Wayback Machine's CDX API), ``recheck`` (fetching
stored articles again, conditionally: ``newsarchive recheck``), ``recheck_state`` (its
schedule and the validators a crawl keeps). For developers:
``commands`` (``scrapy genspider -t newssite``, which writes a site's spider, test and
fixtures) and ``templates/`` (the ``newssite`` template).
"""
