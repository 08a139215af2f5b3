"""Text helpers shared by every step: whitespace folding, comparison keys, repairs.

No parser and no extractor is imported here (cheap to import: the archive can clean its
strings with :func:`clean_text` without loading the extractor)."""

from __future__ import annotations

import contextlib
import functools
import html
import re
import unicodedata
from itertools import islice

from newsarchive.extract import data

#: Characters no output string carries: lone surrogates (UTF-8 and SQLite writers reject
#: them), C0 controls but tab and line feed, DEL and the C1 controls.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without lone surrogates and control characters (tab and line feed stay)."""
    return _UNPRINTABLE.sub("", text)


#: The characters of :data:`~newsarchive.extract.data.INVISIBLE` (each mapped to None there)
#: as one class: :func:`drop_invisible` removes them with ``sub`` in C, where
#: ``str.translate`` with that dict asks the mapping about every character of the text and
#: takes a ``KeyError`` for each one it does not hold (measured: 5 to 15 times slower).
_INVISIBLE = re.compile("[" + re.escape("".join(map(chr, data.INVISIBLE))) + "]")


def drop_invisible(text: str) -> str:
    """``text`` without soft hyphens, zero-width characters and BOMs: the same string as
    ``text.translate(data.INVISIBLE)``, at a fraction of its cost."""
    return _INVISIBLE.sub("", text)


def fold(text: str | None) -> str:
    """Collapse whitespace (including no-break spaces) and strip."""
    return " ".join((text or "").split())


def folds_among(text: str | None, choices: frozenset[str]) -> bool:
    """``fold(text) in choices``, without folding a long text: split at most one word past
    the longest choice's words (a holder's text before its links is often a paragraph)."""
    most = _most_words(choices)
    words = (text or "").split(None, most)
    return len(words) <= most and " ".join(words) in choices


@functools.cache
def _most_words(choices: frozenset[str]) -> int:
    """The most words one of ``choices`` has."""
    return max((len(choice.split()) for choice in choices), default=0)


_WORD = re.compile(r"\w+")


#: What :func:`ascii_twin` refuses in a pattern's text: an ASCII capital (``\W``, ``\S``,
#: ``[A-Z]``...) and an escape that may name another character (``\u0130``, ``\x``...).
_NOT_LOWER_ASCII = re.compile(r"[A-Z]|\\[uxN0-9]")
#: The only characters beside an ASCII letter's two cases that match it case-insensitively
#: (a pattern holding one may match an ASCII text where its twin would not).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u212a\u017f]")


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive ``pattern`` written in lower case, with
    no ASCII capital (None for any other pattern): on an ASCII text in lower case it finds
    what ``pattern`` finds on the text. A case-insensitive match takes an ASCII letter for
    its two cases and, beside them, only for "İ", "ı", "K" and "ſ", which no ASCII text holds
    (tested against every code point), so a pattern's other letters ("ä" of "ähnlich") match
    an ASCII text in neither case and need not be ASCII; lowering an ASCII text keeps what
    ``\\w``, ``\\s`` and ``\\b`` see.
    Measured on the dev pages' class values: a fourth of the time where a class holds a
    word of a list, three quarters for the boilerplate token (no case folding a character)."""
    text = pattern.pattern
    if (
        not pattern.flags & re.IGNORECASE
        or _FOLDS_TO_ASCII.search(text)
        or _NOT_LOWER_ASCII.search(text)
    ):
        return None
    return re.compile(text, pattern.flags & ~re.IGNORECASE)


#: The letters a case-insensitive pattern's ASCII letter matches that ``str.lower`` does not
#: map to it ("ſ" and "ı") or maps to two characters ("İ"): a text holding one is searched
#: by the pattern itself.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")


def search_lowered(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a case-insensitive ``pattern`` written in lower case whose
    :func:`ascii_twin` is ``twin``: the twin's search on ``text.lower()`` (the same span;
    its groups in lower case), where the text holds none of :data:`_ODD_FOLDS`. Beside
    those three, a letter of the pattern matches case-insensitively just the letters whose
    lower case it is ("Ä" for "ä", "ẞ" for "ß", the Kelvin sign for "k"), so lowering the
    text first finds the same; the twin skips folding each character (half the time)."""
    if twin is None or _ODD_FOLDS.search(text):
        return pattern.search(text)
    return twin.search(text.lower())


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern written in lower case, each of whose branches needs
    one of ``words`` (lower case, as written in it), can match ``text``: one of them in
    ``text.lower()``, or a letter of :data:`_ODD_FOLDS` in the text (then only the pattern
    can tell). A substring test before a slow pattern, the same answer."""
    low = text.lower()
    return any(word in low for word in words) or _ODD_FOLDS.search(text) is not None


def has_words(text: str, count: int) -> bool:
    """True if ``text`` holds at least ``count`` words (``\\w+`` runs): the matching stops at
    the ``count``-th, where ``len(re.findall(r"\\w+", text)) >= count`` lists them all."""
    return len(list(islice(_WORD.finditer(text), count))) >= count


#: What :func:`norm` removes (compiled once: many strings a page are compared by it).
_NOT_KEY = re.compile(r"[^a-z0-9]")


def norm(text: str) -> str:
    """A comparison key: lower case, umlauts spelled out, letters and digits only."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return _NOT_KEY.sub("", text)


def similar(a: str, b: str) -> float:
    """Word overlap of two titles (0..1, relative to the shorter)."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


#: UTF-8 read as cp1252: "Ã" or "Â" before a continuation byte's character.
_MOJIBAKE = re.compile("[ÃÂ][\x80-\xbfŒ-™]")


def fix_text(text: str) -> str:
    """Unescape leftover entities, repair UTF-8 read as cp1252, drop soft hyphens."""
    text = html.unescape(text) if "&" in text else text
    if _MOJIBAKE.search(text):
        with contextlib.suppress(UnicodeError):
            text = text.encode("cp1252").decode("utf-8")
    return fold(drop_invisible(text))


def without_profile_marks(text: str) -> str:
    """``text`` without a social profile's marks beside a name: pictographs and pronouns in
    brackets ("Lena Wirtz 🦔 (sie/ihr)" → "Lena Wirtz"; :data:`~.data.PROFILE_MARKS`)."""
    return data.PROFILE_MARKS.sub("", text) if not text.isascii() or "/" in text else text
