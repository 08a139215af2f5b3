"""A site's own time zone: a moment stored in UTC (JSON-LD's "2012-11-30T22:15:00+00:00")
that the page also gives with its own offset ("<time datetime='2012-12-01T09:15:00+11:00'>",
"article:published_time" of "2015-02-12T19:05:00-04:00") is the site's local time there, not
German time: its day is the one the site's readers saw (issue 11, session 51; read on en_bn
and en_bp: a Halifax and a Sydney blog whose UTC evening the German zone put on the next or
the previous day)."""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from newsarchive.extract.data.sitezones import SITE_ZONE_ATTRIBUTES, ZONED_MOMENT
from newsarchive.extract.datetext import TZ


def in_site_zone(tree: etree._Element, published: str | None) -> str | None:
    """``published`` (a moment in German time) as the page's own attributes give it with an
    offset neither UTC's nor German time's at that moment; None where none does."""
    moment = _moment(published)
    if moment is None or moment.utcoffset() != moment.astimezone(TZ).utcoffset():
        return None
    for value in tree.xpath(SITE_ZONE_ATTRIBUTES):
        found = ZONED_MOMENT.match(str(value).strip())
        other = _moment(found.group(0).replace("Z", "+00:00")) if found else None
        offset = other.utcoffset() if other else None
        if other is None or not offset or offset == moment.utcoffset():
            continue
        if other == moment:
            return other.isoformat()
    return None


def _moment(value: str | None) -> datetime | None:
    """An ISO moment with an offset; None for a day, a naive time or no date."""
    if not value or len(value) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else None
