"""Parsing what spiders discover articles from: sitemaps, news sitemaps, feeds, WP API.

Pure functions over bytes, shared by every spider; the formats followed are
sitemaps.org 0.9 (``urlset`` and ``sitemapindex``), Google News sitemaps
(``news:publication_date``, ``news:title``, ``news:keywords``), RSS 2.0, Atom 1.0,
robots.txt ``Sitemap:`` lines and the WordPress REST API ``/wp-json/wp/v2/posts``.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml import etree

#: Gzipped sitemaps are never unpacked beyond this size (sitemaps.org caps at 50 MB).
MAX_SITEMAP_BYTES = 60 * 1024 * 1024


class DiscoveryError(ValueError):
    """A sitemap, feed or API response that cannot be read."""


@dataclass
class Entry:
    """One discovered address with what the listing said about it."""

    url: str
    lastmod: str | None = None
    published: str | None = None
    title: str | None = None
    keywords: list[str] = field(default_factory=list)

    def hints(self) -> dict[str, object]:
        """The entry's metadata for ``PageItem.hints`` (only what is known)."""
        data = {
            "lastmod": self.lastmod,
            "published": self.published,
            "title": self.title,
            "keywords": self.keywords,
        }
        return {k: v for k, v in data.items() if v}


@dataclass
class Sitemap:
    """A parsed sitemap: either an index of sitemaps or a set of page addresses."""

    is_index: bool
    entries: list[Entry]


def maybe_gunzip(body: bytes) -> bytes:
    """Unpack a gzip body (``.xml.gz`` served without Content-Encoding)."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
            data = handle.read(MAX_SITEMAP_BYTES + 1)
    except (OSError, EOFError) as error:
        raise DiscoveryError(f"broken gzip: {error}") from error
    if len(data) > MAX_SITEMAP_BYTES:
        raise DiscoveryError("gzip sitemap larger than the limit")
    return data


def normalize_date(value: str | None) -> str | None:
    """A W3C/ISO 8601 or RFC 822 date as ISO 8601 with a time zone (UTC if none given)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.isoformat()


def _xml_root(body: bytes) -> etree._Element:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(maybe_gunzip(body).strip(), parser=parser)
    except etree.XMLSyntaxError as error:
        raise DiscoveryError(f"not XML: {error}") from error
    if root is None:
        raise DiscoveryError("empty or not XML")
    return root


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(element: etree._Element, *path: str) -> str | None:
    """Text of the first descendant along ``path`` of local names, namespace-blind."""
    current: etree._Element | None = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if _local(c.tag) == name), None)
    if current is None or current.text is None:
        return None
    return current.text.strip() or None


def parse_sitemap(body: bytes) -> Sitemap:
    """Parse a sitemap or sitemap index (plain or gzipped), news extension included."""
    root = _xml_root(body)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"not a sitemap: root element <{kind}>")
    child = "sitemap" if kind == "sitemapindex" else "url"
    entries: list[Entry] = []
    for node in root:
        if _local(node.tag) != child:
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        keywords = _child_text(node, "news", "keywords") or ""
        entries.append(
            Entry(
                url=loc,
                lastmod=normalize_date(_child_text(node, "lastmod")),
                published=normalize_date(_child_text(node, "news", "publication_date")),
                title=_child_text(node, "news", "title"),
                keywords=[k.strip() for k in keywords.split(",") if k.strip()],
            )
        )
    return Sitemap(is_index=kind == "sitemapindex", entries=entries)


def parse_feed(body: bytes) -> list[Entry]:
    """Parse an RSS 2.0 (or 0.9x/1.0) or Atom feed into entries."""
    root = _xml_root(body)
    entries: list[Entry] = []
    for node in root.iter():
        name = _local(node.tag)
        if name == "item":
            link = _child_text(node, "link") or _child_text(node, "guid")
            date = _child_text(node, "pubDate") or _child_text(node, "date")
        elif name == "entry":
            link = next(
                (ln.get("href") for ln in node if _local(ln.tag) == "link"
                 and ln.get("rel", "alternate") == "alternate"),
                None,
            )  # fmt: skip
            date = _child_text(node, "published") or _child_text(node, "updated")
        else:
            continue
        if link and link.startswith("http"):
            entries.append(
                Entry(
                    url=link.strip(),
                    published=normalize_date(date),
                    title=_child_text(node, "title"),
                )
            )
    if not entries and _local(root.tag) not in ("rss", "feed", "RDF"):
        raise DiscoveryError(f"not a feed: root element <{_local(root.tag)}>")
    return entries


#: Periods named in date-partitioned sitemap addresses: ``2012-05``, ``2012/05``,
#: ``date=2012-05-04``, ``sitemap-2012.xml``.
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:[-/_]([01]\d)(?:[-/_]([0-3]\d))?)?(?!\d)")


def sitemap_period(url: str) -> str | None:
    """The period a date-partitioned sitemap covers: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    >>> sitemap_period("https://www.example.de/sitemaps/archive/sitemap-2012-05-p00.xml.gz")
    '2012-05'
    """
    match = _PERIOD.search("/".join(url.split("/")[-2:]))
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


def robots_sitemaps(text: str) -> list[str]:
    """The ``Sitemap:`` addresses a robots.txt lists."""
    return re.findall(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)


def parse_wp_posts(body: bytes) -> list[Entry]:
    """Parse a WordPress REST API ``/wp/v2/posts`` response (a JSON list of posts)."""
    try:
        posts = json.loads(body)
    except ValueError as error:
        raise DiscoveryError(f"not JSON: {error}") from error
    if not isinstance(posts, list):
        raise DiscoveryError("WordPress API answer is not a list of posts")
    entries = []
    for post in posts:
        if not isinstance(post, dict) or not post.get("link"):
            continue
        title = post.get("title")
        if isinstance(title, dict):
            title = title.get("rendered")
        gmt = post.get("date_gmt")
        entries.append(
            Entry(
                url=post["link"],
                published=normalize_date(gmt + "+00:00" if gmt else post.get("date")),
                lastmod=normalize_date(
                    post["modified_gmt"] + "+00:00" if post.get("modified_gmt") else None
                ),
                title=title if isinstance(title, str) else None,
            )
        )
    return entries
