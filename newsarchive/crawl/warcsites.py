"""Which site a page read from a WARC file belongs to, and whose rules extract it.

``import-warc`` keeps the pages of the archive's sites: a host belongs to a site when it
is one of the site spider's ``allowed_domains`` or ``OLD_DOMAINS`` or a subdomain of one
(``www.``, ``m.``, ``mobil.``). With ``--german`` it also keeps German-language pages of
any other host, which then is the page's medium (site and site name). The site spider's
URL filters apply as in a crawl, and its extraction rules extract the page
(:meth:`SiteMatcher.spider_for`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from newsarchive.crawl.base import ArchiveSpider
from newsarchive.extract.extraction import SiteRules

#: Languages that count as German (``de``, ``de-AT``, ``deu``, ``ger``).
GERMAN = re.compile(r"^\s*(?:de|deu|ger)(?:[-_][a-z]{2})?\b", re.IGNORECASE)
#: Declared languages in the first bytes of a page: ``<html lang>``, ``content-language``
#: and ``og:locale`` meta tags.
DECLARED = re.compile(
    rb"<html[^>]*?\blang\s*=\s*[\"']?([a-zA-Z_-]{2,8})|"
    rb"content-language[\"']\s+content\s*=\s*[\"']([a-zA-Z_-]{2,8})|"
    rb"og:locale[\"']\s+content\s*=\s*[\"']([a-zA-Z_-]{2,8})",
    re.IGNORECASE,
)
#: Frequent German and English function words, for pages that declare no language.
GERMAN_WORDS = frozenset(("der", "die", "das", "und", "nicht", "mit", "ist", "ein", "eine",
                          "für", "auf", "den", "dem", "sich", "auch"))  # fmt: skip
ENGLISH_WORDS = frozenset(("the", "and", "of", "to", "is", "in", "that", "for", "with", "was",
                           "on", "are", "this", "by"))  # fmt: skip
#: How much of a page the language check reads.
SNIFF_BYTES = 20_000


@dataclass
class MediumSite:
    """A host kept by ``--german`` that is none of the archive's sites: the host names
    the medium; the generic extraction rules apply."""

    name: str
    site_name: str
    RULES: ClassVar[SiteRules] = SiteRules()


def host_of(url: str) -> str:
    """The lower-case host of ``url`` (no port)."""
    rest = url.split("://", 1)[-1]
    host = rest.split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    return host.split(":", 1)[0].lower().rstrip(".")


def medium_of(host: str) -> str:
    """The medium a host stands for: the host without ``www.``/``m.``/``mobil.``."""
    return re.sub(r"^(?:www\d?|m|mobil|mobile)\.", "", host)


def is_german(html: bytes, declared: str = "") -> bool:
    """Whether a page is German: the language the HTTP header or WARC record declares,
    else the page's own declaration, else its most frequent function words."""
    if declared.strip():
        return bool(GERMAN.match(declared))
    head = html[:SNIFF_BYTES]
    match = DECLARED.search(head)
    if match:
        value = next(g for g in match.groups() if g).decode("ascii", "replace")
        return bool(GERMAN.match(value))
    text = re.sub(rb"<script.*?</script>|<style.*?</style>|<[^>]+>", b" ", head,
                  flags=re.S | re.I).decode("utf-8", "replace").lower()  # fmt: skip
    words = re.findall(r"[a-zäöüß]+", text)
    german = sum(1 for w in words if w in GERMAN_WORDS)
    english = sum(1 for w in words if w in ENGLISH_WORDS)
    return german >= 5 and german > english


class SiteMatcher:
    """The archive's sites by domain, with a spider instance each for URL filters and
    extraction rules."""

    def __init__(self, classes: dict[str, type[ArchiveSpider]],
                 wanted: set[str] | None = None, german: bool = False) -> None:  # fmt: skip
        self.classes = classes
        self.german = german
        self.domains: dict[str, str] = {}
        self.old: set[str] = set()
        for slug, cls in classes.items():
            if wanted is not None and slug not in wanted:
                continue
            for domain in cls.allowed_domains:
                self.domains.setdefault(domain.lower(), slug)
            for domain in cls.OLD_DOMAINS:
                self.domains.setdefault(domain.lower(), slug)
                self.old.add(domain.lower())
        #: The slugs of the sites kept.
        self.sites = set(self.domains.values())
        self._spiders: dict[str, ArchiveSpider] = {}
        self._media: dict[str, MediumSite] = {}
        self._hosts: dict[str, tuple[str, str] | None] = {}

    def site_of(self, host: str) -> tuple[str, str] | None:
        """``(slug, domain)`` of the archive's site a host belongs to, else ``None``."""
        found = self._hosts.get(host, ())
        if found != ():
            return found  # type: ignore[return-value]
        result = None
        labels = host.split(".")
        for i in range(len(labels) - 1):
            domain = ".".join(labels[i:])
            if domain in self.domains:
                result = (self.domains[domain], domain)
                break
        if len(self._hosts) < 100_000:
            self._hosts[host] = result
        return result

    def spider(self, slug: str) -> ArchiveSpider | MediumSite:
        """The site spider of ``slug`` (its rules and filters), or a medium for a host."""
        if slug in self.classes:
            if slug not in self._spiders:
                self._spiders[slug] = self.classes[slug]()
            return self._spiders[slug]
        if slug not in self._media:
            self._media[slug] = MediumSite(slug, slug)
        return self._media[slug]

    def allows(self, slug: str, domain: str, url: str) -> bool:
        """The site's URL filters (``DENY`` only on an old domain)."""
        spider = self.spider(slug)
        if not isinstance(spider, ArchiveSpider):
            return True
        if domain in self.old:
            return not any(p.search(url) for p in spider._deny)
        return spider.url_is_allowed(url)
