"""Text preparation for the classifier: folding, normalising, sentences, language.

Pure functions of the text (no lexicon): :func:`fold` spells umlauts out and keeps a map
back to the original characters, :func:`normalize` evens out spaces, hyphens and words
broken at a line end, :func:`sentences` splits text into sentence spans and
:func:`is_german` tells German from other languages by function words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from newsarchive.extract.data import INVISIBLE
from newsarchive.extract.text import drop_invisible

_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"}
_FOLD_UPPER = {"Ä": "ae", "Ö": "oe", "Ü": "ue"}


def words(text: str) -> list[str]:
    """The white-space separated words of ``text`` (for word lists kept readable)."""
    return text.split()


_GERMAN = frozenset(
    words(
        "der die das und ist nicht mit von zu den auch sich des ein eine für auf im dem werden "
        "es bei hat als wie sind wird noch nach aus oder wir ihre über dass kann haben nur vor "
        "zum zur einen einem einer sein war wenn aber schon mehr sie er ich wurde wurden"
    )
)
_ENGLISH = frozenset(
    words(
        "the and of to is that for with on are by this it be from at have has its their which "
        "not or they but been about would there were what when who into than"
    )
)


#: After lower(): the characters spelt out (ẞ.lower() is ß).
_SPELLED = [(ch, spelled) for ch, spelled in _FOLD.items() if ch == ch.lower()]
#: The characters that fold to two (every other one folds to one).
_WIDENING = re.compile(f"[{''.join(_FOLD)}{''.join(_FOLD_UPPER)}]")


def _fold_chars(text: str) -> str:
    """Each character folded by itself (``str.lower`` of a whole text looks at words)."""
    out: list[str] = []
    for ch in text:
        low = _FOLD.get(ch) or _FOLD_UPPER.get(ch) or ch.lower()
        if len(low) != 1 and ch not in _FOLD and ch not in _FOLD_UPPER:
            low = ch  # lower() that changes length (rare): keep the character
        out.append(low)
    return "".join(out)


def fold(text: str) -> tuple[str, Sequence[int]]:
    """Lower-case ``text`` and spell umlauts and ß out (ä -> ae, ß -> ss).

    Returns the folded text and, for each of its characters, the index of the
    character in ``text`` it came from, so matches map back to the original.
    """
    if "\u0130" in text or "\u03a3" in text:  # İ, Σ: lower() would differ per character
        folded = _fold_chars(text)
    else:
        folded = text.lower()
        for ch, spelled in _SPELLED:
            if ch in folded:
                folded = folded.replace(ch, spelled)
    if len(folded) == len(text):
        return folded, range(len(text))
    index: list[int] = []
    last = 0
    for wide in _WIDENING.finditer(text):
        at = wide.start()
        index.extend(range(last, at + 1))
        index.append(at)
        last = at + 1
    index.extend(range(last, len(text)))
    return folded, index


def fold_pattern(pattern: str) -> str:
    """Spell umlauts out in a regular expression meant for folded text."""
    for src, dst in (*_FOLD.items(), *_FOLD_UPPER.items()):
        pattern = pattern.replace(src, dst)
    return pattern


_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\t"), " ")
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
_BROKEN = re.compile(r"-[ ]*\n")
#: Any character the three tables above change (most texts have none: no translation).
_ODD = re.compile("[" + re.escape("".join(map(chr, {**INVISIBLE, **_SPACES, **_HYPHENS}))) + "]")


def normalize(text: str) -> str:
    """NFC, no soft hyphens or odd spaces, words broken at a line end joined again."""
    text = unicodedata.normalize("NFC", text or "")
    if _ODD.search(text):
        text = drop_invisible(text).translate(_SPACES).translate(_HYPHENS)
    if not _BROKEN.search(text):
        return text
    text = re.sub(r"(\w)-[ ]*\n[ ]*([a-zäöüß])", r"\1\2", text)  # Spar-\nkasse
    return re.sub(r"(\w)-[ ]*\n[ ]*([A-ZÄÖÜ])", r"\1-\2", text)  # Social-\nMedia


_ABBREVIATIONS = frozenset(
    words(
        "z.b u.a d.h bzw ca dr prof nr st vgl ggf inkl usw etc mio mrd bzw sog evtl jh jr "
        "abs art hr fr mr dipl ing str tel u.ä o.ä s.o v.a"
    )
)
_NUMBER_OR_INITIAL = re.compile(r"\d{1,2}|[a-zäöü]")
_SPLIT = re.compile(r"(?<=[.!?…])[\"'“”»«)]*\s+(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text`` (lines split too)."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for split in _SPLIT.finditer(line.group()):
            before = line.group()[: split.start()].rstrip(".!?…\"'“”»«)")
            last = "" if not before or before[-1].isspace() else before.rsplit(None, 1)[-1]
            last = last.lower()
            if last in _ABBREVIATIONS or _NUMBER_OR_INITIAL.fullmatch(last):
                continue  # "z.B. Die", "am 3. Mai", "Johann S. Bach"
            end = line.start() + split.start()
            if text[start:end].strip():
                yield start, end
            start = line.start() + split.end()
        if text[start : line.end()].strip():
            yield start, line.end()


def is_german(text: str) -> bool:
    """Whether ``text`` reads as German (function-word counts; short texts pass)."""
    words = re.findall(r"[a-zäöüß]+", text.lower())
    german = sum(map(_GERMAN.__contains__, words))
    english = sum(map(_ENGLISH.__contains__, words))
    if len(words) < 20:
        return not (english >= 3 and english > 2 * german)
    return german >= max(2, 0.04 * len(words)) and english <= 1.5 * german
