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
    words = [w.lower() for w in _WORD.findall(text)]
    hashes: set[int] = set()
    for i in range(max(0, len(words) - SHINGLE_WORDS + 1)):
        shingle = " ".join(words[i : i + SHINGLE_WORDS]).encode()
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big", signed=True)
        if value % SAMPLE_MODULUS == 0:
            hashes.add(value)
    return sorted(hashes)


def containment(copy: set[int], original: set[int]) -> float:
    """Share of the smaller fingerprint found in the other (0 when either is too short)."""
    if min(len(copy), len(original)) < MIN_FINGERPRINT:
        return 0.0
    return len(copy & original) / min(len(copy), len(original))


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
