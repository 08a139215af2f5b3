"""Near-duplicate detection: the same article republished under another address.

Each body is cut into word 5-gram shingles; a fixed sample of their 64-bit hashes
(those divisible by :data:`SAMPLE_MODULUS`) is the article's fingerprint. A page whose
fingerprint is mostly contained in a stored article's is the same text. Which of the
two is the original is decided by the copy's attribution ("Quelle: Welt Online"),
else by the earlier publication date, else the one stored first.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

#: Words per shingle.
SHINGLE_WORDS = 5
#: Keep a shingle's hash when it is divisible by this: 1 in 4 shingles are sampled.
SAMPLE_MODULUS = 4
#: Fingerprints smaller than this are too short to call anything a copy.
MIN_FINGERPRINT = 8

_WORD = re.compile(r"\w+", re.UNICODE)


def fingerprint(text: str) -> list[int]:
    """The sampled shingle hashes of ``text`` (signed 64-bit, as SQLite stores them)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    hashes: set[int] = set()
    for i in range(max(0, len(words) - SHINGLE_WORDS + 1)):
        shingle = " ".join(words[i : i + SHINGLE_WORDS]).encode()
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big", signed=True)
        if value % SAMPLE_MODULUS == 0:
            hashes.add(value)
    return sorted(hashes)


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
    """Fingerprints of the articles seen (perhaps not yet committed), with an inverted
    index from hash to URLs, so a lookup costs the size of one fingerprint, not a scan
    of every article seen."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[set[int], Candidate, object]] = {}
        self._by_hash: dict[int, set[str]] = defaultdict(set)

    def add(self, hashes: set[int], candidate: Candidate, owner: object) -> None:
        """Remember an article; ``owner`` is whoever will commit it."""
        self.pop(candidate.url)
        self.entries[candidate.url] = (hashes, candidate, owner)
        for value in hashes:
            self._by_hash[value].add(candidate.url)

    def pop(self, url: str) -> tuple[set[int], Candidate, object] | None:
        """Forget an article and return what was known of it."""
        entry = self.entries.pop(url, None)
        if entry is not None:
            for value in entry[0]:
                urls = self._by_hash.get(value)
                if urls is not None:
                    urls.discard(url)
                    if not urls:
                        del self._by_hash[value]
        return entry

    def forget_owner(self, owner: object) -> None:
        """Forget every article ``owner`` committed."""
        for url in [u for u, entry in self.entries.items() if entry[2] is owner]:
            self.pop(url)

    def best(self, url: str, hashes: set[int], threshold: float) -> tuple[Candidate, float] | None:
        """The seen article (other than ``url``) sharing most of ``hashes``, if above threshold."""
        shared = Counter(u for value in hashes for u in self._by_hash.get(value, ()) if u != url)
        best: tuple[Candidate, float] | None = None
        for other_url, _ in shared.most_common(5):
            other, candidate, _owner = self.entries[other_url]
            score = containment(hashes, other)
            if score >= threshold and (best is None or score > best[1]):
                best = (candidate, score)
        return best
