"""WELT's monthly sitemap archive in the mirror, for the demo's backfill.

``https://www.welt.de/sitemaps/sitemap/sitemap.xml`` is an index of one child per month
(``sitemap-YYYY-MM.xml``, :data:`newsarchive.demo.ARCHIVE_MONTHS`), newest last-modified
first; each child lists the pages of that month marked ``discover: [archive]`` in
``content.yaml``. A normal crawl follows the newest 20 children, which hold none of them;
``newsarchive crawl welt --since 2008-01-01`` follows every month and reaches them.
"""

from __future__ import annotations

import calendar
from html import escape

from newsarchive.demo import ARCHIVE_MONTHS
from newsarchive.demo.build.content import Article
from newsarchive.demo.build.mirror import Mirror

#: The archive's index (the name real WELT uses for its sitemap index).
INDEX_URL = "https://www.welt.de/sitemaps/sitemap/sitemap.xml"
#: A month's child sitemap (the children's names are assumed; see the README).
CHILD_URL = "https://www.welt.de/sitemaps/sitemap/sitemap-{month}.xml"
XML_TYPE = "application/xml; charset=utf-8"


def months(first: str = ARCHIVE_MONTHS[0], last: str = ARCHIVE_MONTHS[1]) -> list[str]:
    """``YYYY-MM`` from ``first`` to ``last``."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_end(month: str) -> str:
    """The last day of ``YYYY-MM`` as a sitemap ``lastmod``."""
    days = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]
    return f"{month}-{days:02d}T23:59:00+01:00"


def add_archive(mirror: Mirror, items: list[Article]) -> None:
    """The index and one child per month; ``items`` are the archive-only pages."""
    all_months = months()
    rows = "\n".join(f"<sitemap><loc>{escape(CHILD_URL.format(month=m))}</loc>"
                     f"<lastmod>{month_end(m)}</lastmod></sitemap>"
                     for m in reversed(all_months))  # fmt: skip
    mirror.add(INDEX_URL, f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex '
               f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}\n'
               f"</sitemapindex>\n", content_type=XML_TYPE)  # fmt: skip
    for month in all_months:
        listed = [a for a in items if a.published[:7] == month]
        urls = "\n".join(f"<url><loc>{escape(a.listed_url)}</loc>"
                         f"<lastmod>{a.published}</lastmod></url>" for a in listed)  # fmt: skip
        mirror.add(CHILD_URL.format(month=month), f'<?xml version="1.0" encoding="UTF-8"?>\n'
                   f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n'
                   f"</urlset>\n", content_type=XML_TYPE)  # fmt: skip
