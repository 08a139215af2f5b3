"""Stage 300: recognise republished copies and link them to their original."""

from __future__ import annotations

import os
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.archive.crawlstate import archive_for
from newsarchive.archive.dedupe import Candidate, SeenIndex, fingerprint, original_of
from newsarchive.items import ArticleItem

#: The articles passed in this process but not committed yet, per archive file:
#: fingerprint, candidate and the crawler whose batch holds it. Shared by the
#: crawlers of one process (``newsarchive crawl`` runs every spider together), so a copy
#: on one site is matched with its original on another before either is committed. An
#: article leaves it when its batch is committed (it is then in the archive's index).
_SEEN: dict[str, SeenIndex] = {}


class DedupePipeline:
    """Mark an article as a copy (``original_url``) or as the original of a stored copy
    (``demote_url``) when its text matches another article's.

    Matches are looked up in the articles this process has seen but not committed (in
    memory, bounded, across spiders) and in the archive's duplicate index on disk
    (:class:`newsarchive.archive.dedupe.DuplicateIndex`). A spider may say an article's
    text is the one stored already (``text_unchanged(item)``, a re-extraction): then its
    place as an original stands and nothing is looked up (nor fingerprinted).
    """

    def __init__(self, crawler: Crawler, threshold: float) -> None:
        self.crawler = crawler
        self.threshold = threshold
        db = os.path.abspath(str(crawler.settings.get("ARCHIVE_DB")))
        self.seen = _SEEN.setdefault(db, SeenIndex())
        self._listening = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler, crawler.settings.getfloat("ARCHIVE_DUPLICATE_SIMILARITY"))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        self._listen()
        unchanged = getattr(self.crawler.spider, "text_unchanged", None)
        if callable(unchanged) and unchanged(item):  # a re-extracted article, same text
            self._inc("archive/dedupe/unchanged")
            return item
        item.fingerprints = fingerprint(f"{item.lead}\n{item.body}")
        hashes = set(item.fingerprints)
        new = Candidate(item.url, item.site, item.site_name, item.source, item.published)
        match = self.best_match(item.url, hashes)
        if match is not None:
            old, similarity = match
            if original_of(new, old) is old:
                item.original_url, item.similarity = old.url, similarity
                self._inc("archive/copies")
                return item
            item.demote_url, item.similarity = old.url, similarity
            entry = self.seen.pop(old.url)
            owner = entry[2] if entry else None
            if isinstance(owner, Crawler):
                if owner is not self.crawler:
                    archive_for(owner).flush()  # commit the old article before it is demoted
                if owner.stats is not None:  # its crawl stored a copy, not an article
                    owner.stats.inc_value("archive/stored", -1)
                    owner.stats.inc_value("archive/copies_stored")
        self.seen.add(hashes, new, self.crawler)
        return item

    def _listen(self) -> None:
        """Forget this crawler's articles from :data:`_SEEN` as its batches are committed."""
        if not self._listening:
            archive_for(self.crawler).on_commit.append(self.committed)
            self._listening = True

    def committed(self, urls: list[str]) -> None:
        """Articles of this crawler are committed: the archive's index has them now."""
        self.seen.forget(urls, self.crawler)

    def close_spider(self) -> None:
        """Forget this crawl's articles: they are committed (or never will be)."""
        self.seen.forget_owner(self.crawler)

    def best_match(self, url: str, hashes: set[int]) -> tuple[Candidate, float] | None:
        """The stored or seen article whose text this one shares most, above threshold."""
        best = self.seen.best(url, hashes, self.threshold)
        stored = self.stored_match(url, hashes)
        if stored and (not best or stored[1] > best[1]):
            best = stored
        return best

    def stored_match(self, url: str, hashes: set[int]) -> tuple[Candidate, float] | None:
        """The best match among articles already committed to the archive."""
        if not hashes:
            return None
        index = archive_for(self.crawler).duplicates
        return index.matches([(url, hashes)], self.threshold)[0]

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
