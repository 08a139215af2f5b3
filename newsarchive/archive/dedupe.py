"""Near-duplicate detection: the same article republished under another address.

Each body is cut into word 5-gram shingles; a fixed sample of their 32-bit hashes
(those divisible by :data:`SAMPLE_MODULUS`) is the article's fingerprint. A page whose
fingerprint is mostly contained in a stored article's is the same text. Which of the
two is the original is decided by the copy's attribution ("Quelle: Welt Online"),
else by the earlier publication date, else the one stored first.

Stored fingerprints live on disk (:class:`DuplicateIndex`): ``fingerprints`` holds one
``(hash, article)`` pair per sampled hash in a ``WITHOUT ROWID`` table (the article is
the ``articles`` rowid, so an entry is two small integers), ``fingerprint_sets`` each
article's hashes packed in one blob (its size, and what to delete when it changes).
Articles seen but not committed yet are kept in memory (:class:`SeenIndex`), bounded.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from newsarchive.sqlite import sqlite3

#: Words per shingle.
SHINGLE_WORDS = 5
#: Keep a shingle's hash when it is divisible by this: 1 in 8 shingles are sampled (on
#: the dev corpus's texts, copies with extra lines, excerpts and lightly edited copies are
#: recognised as with 1 in 4, from half the hashes).
SAMPLE_MODULUS = 8
#: Fingerprints smaller than this (texts of about 30 words) are too short to call
#: anything a copy.
MIN_FINGERPRINT = 4
#: Articles the in-memory index of uncommitted articles keeps at most (the oldest go).
SEEN_LIMIT = 2000
#: Stored articles sharing most hashes with a new one whose similarity is computed.
CANDIDATES = 3
#: A hash more stored articles share than this is a common phrase, not a sign of a copy:
#: it proposes no candidates (it still counts in the similarity).
COMMON = 100

_WORD = re.compile(r"\w+", re.UNICODE)
_HASH = itemgetter(0)


def fingerprint(text: str) -> list[int]:
    """The sampled shingle hashes of ``text``, sorted (signed 32-bit: SQLite stores each
    in 4 bytes)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    hashes: set[int] = set()
    for i in range(max(0, len(words) - SHINGLE_WORDS + 1)):
        shingle = " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8", "surrogatepass")
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=4).digest(), "big", signed=True)
        if value % SAMPLE_MODULUS == 0:
            hashes.add(value)
    return sorted(hashes)


def pack(hashes: Iterable[int]) -> bytes:
    """Hashes as one blob (4 bytes each, little-endian), sorted."""
    ordered = sorted(hashes)
    return struct.pack(f"<{len(ordered)}i", *ordered)


def unpack(blob: bytes) -> list[int]:
    """The hashes of a :func:`pack` blob."""
    return list(struct.unpack(f"<{len(blob) // 4}i", blob))


def containment(copy: set[int], original: set[int]) -> float:
    """Share of the smaller fingerprint found in the other (0 when either is too short)."""
    return overlap(len(copy & original), len(copy), len(original))


def overlap(shared: int, size: int, other_size: int) -> float:
    """``shared`` hashes as a share of the smaller of two fingerprints of these sizes
    (0 when either is shorter than :data:`MIN_FINGERPRINT`)."""
    smaller = min(size, other_size)
    return shared / smaller if smaller >= MIN_FINGERPRINT else 0.0


def _name_key(name: str | None) -> str:
    """``"Welt Online"``, ``"WELT"``, ``"welt.de"`` → ``"welt"``."""
    text = (name or "").lower()
    text = re.sub(r"\b(online|digital|\.de|\.com|\.net|www\.)\b", " ", text)
    return re.sub(r"[^a-z0-9äöüß]+", "", text)


def attributes_to(source: str | None, *names: str | None) -> bool:
    """Whether an attribution line (``source``) names one of a site's ``names``."""
    key = _name_key(source)
    if len(key) < 3:
        return False
    return any((k := _name_key(n)) and len(k) >= 3 and (k in key or key in k) for n in names)


@dataclass
class Candidate:
    """What the dedupe stage knows of an article that may be an original or a copy."""

    url: str
    site: str
    site_name: str | None
    source: str | None
    published: str | None


def original_of(new: Candidate, old: Candidate) -> Candidate:
    """Of two articles with the same text, the original."""
    if attributes_to(new.source, old.site, old.site_name):
        return old
    if attributes_to(old.source, new.site, new.site_name):
        return new
    if new.published and old.published and new.published[:10] < old.published[:10]:
        return new
    return old


class SeenIndex:
    """Fingerprints of articles seen but perhaps not committed yet, with an inverted index
    from hash to URLs, so a lookup costs the size of one fingerprint, not a scan of every
    article seen. Committed articles are forgotten (they are in :class:`DuplicateIndex`);
    at most ``limit`` are kept, the oldest leave first."""

    def __init__(self, limit: int = SEEN_LIMIT) -> None:
        self.limit = limit
        self.entries: OrderedDict[str, tuple[frozenset[int], Candidate, object]] = OrderedDict()
        self._by_hash: dict[int, list[str]] = {}

    def add(self, hashes: set[int], candidate: Candidate, owner: object) -> None:
        """Remember an article; ``owner`` is whoever will commit it."""
        self.pop(candidate.url)
        self.entries[candidate.url] = (frozenset(hashes), candidate, owner)
        for value in hashes:
            self._by_hash.setdefault(value, []).append(candidate.url)
        while len(self.entries) > self.limit:
            self.pop(next(iter(self.entries)))

    def pop(self, url: str) -> tuple[frozenset[int], Candidate, object] | None:
        """Forget an article and return what was known of it."""
        entry = self.entries.pop(url, None)
        if entry is not None:
            for value in entry[0]:
                urls = self._by_hash.get(value)
                if urls is not None:
                    urls.remove(url)
                    if not urls:
                        del self._by_hash[value]
        return entry

    def forget(self, urls: Iterable[str], owner: object) -> None:
        """Forget the articles ``owner`` has committed (``urls``)."""
        for url in urls:
            entry = self.entries.get(url)
            if entry is not None and entry[2] is owner:
                self.pop(url)

    def forget_owner(self, owner: object) -> None:
        """Forget every article of ``owner``."""
        for url in [u for u, entry in self.entries.items() if entry[2] is owner]:
            self.pop(url)

    def best(self, url: str, hashes: set[int], threshold: float) -> tuple[Candidate, float] | None:
        """The seen article (other than ``url``) sharing most of ``hashes``, if above threshold."""
        shared = Counter(u for value in hashes for u in self._by_hash.get(value, ()) if u != url)
        best: tuple[Candidate, float] | None = None
        for other_url, _ in shared.most_common(5):
            other, candidate, _owner = self.entries[other_url]
            score = containment(hashes, set(other))
            if score >= threshold and (best is None or score > best[1]):
                best = (candidate, score)
        return best


class DuplicateIndex:
    """The fingerprints of stored articles, on disk (see the module's docstring).

    Writes belong in the caller's transaction; lookups take a batch of fingerprints and
    cost one indexed query for all their hashes.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, entries: Iterable[tuple[int, Iterable[int]]]) -> None:
        """Index articles: ``(articles rowid, hashes)``; remove their old entries first."""
        sets = [(rowid, sorted(set(hashes))) for rowid, hashes in entries]
        pairs: list[tuple[int, int]] = []
        for rowid, hashes in sets:
            pairs.extend(zip(hashes, repeat(rowid)))
        # in key order: each page of the index is visited once per batch (by hash alone:
        # ints compare faster than tuples; the order among one hash's rows is no matter)
        pairs.sort(key=_HASH)
        self.conn.executemany("INSERT OR IGNORE INTO fingerprints (hash, article) VALUES (?, ?)",
                              pairs)  # fmt: skip
        self.conn.executemany(
            "INSERT OR REPLACE INTO fingerprint_sets (article, hashes) VALUES (?, ?)",
            [(rowid, pack(hashes)) for rowid, hashes in sets],
        )

    def remove(self, rowids: Iterable[int]) -> None:
        """Forget the articles with these rowids."""
        ids = json.dumps(list(rowids))
        sets = self.conn.execute(
            "SELECT article, hashes FROM fingerprint_sets WHERE article IN "
            "(SELECT value FROM json_each(?))", [ids]
        ).fetchall()  # fmt: skip
        self.conn.executemany(
            "DELETE FROM fingerprints WHERE hash = ? AND article = ?",
            ((value, rowid) for rowid, blob in sets for value in unpack(blob)),
        )
        self.conn.execute(
            "DELETE FROM fingerprint_sets WHERE article IN (SELECT value FROM json_each(?))", [ids]
        )

    def matches(
        self, queries: Sequence[tuple[str, set[int]]], threshold: float
    ) -> list[tuple[Candidate, float] | None]:
        """For each ``(url, hashes)``: the stored article (other than ``url``) whose text
        it shares most, if the similarity reaches ``threshold``.

        Candidates are the articles sharing most of the query's hashes, not counting
        :data:`COMMON` ones (at most that many postings are read per hash); their
        similarity is then computed exactly from their stored sets.
        """
        wanted = sorted({value for _url, hashes in queries for value in hashes})
        postings: dict[int, str] = {}  #: hash → up to COMMON + 1 rowids, comma-separated
        for value, articles in self.conn.execute(
            "SELECT j.value, (SELECT group_concat(article) FROM (SELECT article FROM "
            "fingerprints WHERE hash = j.value LIMIT ?)) FROM json_each(?) j",
            [COMMON + 1, json.dumps(wanted)],
        ):
            if articles:
                postings[value] = str(articles)
        tops = []
        for _url, hashes in queries:
            lists = [postings[v] for v in hashes if v in postings]
            rare = [found for found in lists if found.count(",") < COMMON] or lists
            counts = Counter(int(a) for found in rare for a in found.split(","))
            tops.append(counts.most_common(CANDIDATES + 1))
        details = self._candidates({a for top in tops for a, _ in top})
        results: list[tuple[Candidate, float] | None] = []
        for (url, hashes), top in zip(queries, tops, strict=True):
            best: tuple[Candidate, float] | None = None
            others = [details[a] for a, _ in top if a in details and details[a][0].url != url]
            for candidate, stored in others[:CANDIDATES]:
                score = containment(hashes, stored)
                if score > 0 and score >= threshold and (best is None or score > best[1]):
                    best = (candidate, score)
            results.append(best)
        return results

    def _candidates(self, rowids: set[int]) -> dict[int, tuple[Candidate, set[int]]]:
        """Stored articles by rowid, with their fingerprints."""
        if not rowids:
            return {}
        rows = self.conn.execute(
            "SELECT a.rowid, a.url, a.site, a.site_name, a.source, a.published, s.hashes "
            "FROM articles a JOIN fingerprint_sets s ON s.article = a.rowid "
            "WHERE a.rowid IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(rowids))],
        )
        return {r[0]: (Candidate(*r[1:6]), set(unpack(r[6]))) for r in rows}


def rebuild(conn: sqlite3.Connection) -> int:
    """Create the duplicate index's tables if needed and index every stored article afresh
    (after a change of :func:`fingerprint`, or a ``VACUUM`` that renumbered the articles);
    returns the number of articles."""
    conn.execute("CREATE TABLE IF NOT EXISTS fingerprints (hash INTEGER NOT NULL, article "
                 "INTEGER NOT NULL, PRIMARY KEY (hash, article)) WITHOUT ROWID")  # fmt: skip
    conn.execute("CREATE TABLE IF NOT EXISTS fingerprint_sets (article INTEGER PRIMARY KEY, "
                 "hashes BLOB NOT NULL)")  # fmt: skip
    conn.execute("DELETE FROM fingerprints")
    conn.execute("DELETE FROM fingerprint_sets")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS pairs (hash INTEGER, article INTEGER)")
    cursor = conn.cursor()
    cursor.execute("SELECT rowid, lead, body FROM articles")
    count = 0
    while chunk := cursor.fetchmany(1000):
        sets = [(rowid, fingerprint(f"{lead or ''}\n{body or ''}")) for rowid, lead, body in chunk]
        conn.executemany("INSERT INTO fingerprint_sets VALUES (?, ?)",
                         [(rowid, pack(hashes)) for rowid, hashes in sets])  # fmt: skip
        conn.executemany("INSERT INTO pairs VALUES (?, ?)",
                         [(h, rowid) for rowid, hashes in sets for h in hashes])  # fmt: skip
        count += len(chunk)
    # In key order, so the pages of the index are filled, not split at random.
    conn.execute("INSERT OR IGNORE INTO fingerprints SELECT hash, article FROM pairs "
                 "ORDER BY hash, article")  # fmt: skip
    conn.execute("DROP TABLE temp.pairs")
    return count
