"""Data for a site's own time zone (:mod:`newsarchive.extract.sitezone`)."""

from __future__ import annotations

import re

#: Where a page gives a moment with its offset: a meta tag's ``content`` (Open Graph's
#: ``article:published_time``, ``itemprop`` metas) and a ``<time>``'s ``datetime``.
SITE_ZONE_ATTRIBUTES = "//meta/@content[contains(., 'T')] | //time/@datetime[contains(., 'T')]"
#: An ISO moment with seconds optional and an offset (not "Z": UTC is no site's own zone).
ZONED_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?[+-]\d{2}:\d{2}$")
