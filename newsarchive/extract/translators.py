"""Translators and photographers are no writers. An English edition of a German paper
credits "Translated from German by Lisa Gorman." under the writers' byline, and its JSON-LD
lists her among the authors (issue 11, session 57, read on en_cu and en_ct); a magazine
credits "Text: Jonas Reiser · Fotos: Petra Lindqvist" and its JSON-LD lists both (session
67: read on de_full240, de_full264, de_full339 and de_full467, whose judges name the writer
only)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import fold


def translators(texts: list[tuple[str, bool]]) -> set[str]:
    """The folded names the page's text nodes ``texts`` credit as its translators."""
    names: set[str] = set()
    for text, _ in texts:
        if len(text) > data.TRANSLATOR_CREDIT_MAX_CHARS or (
            "ransla" not in text and "bersetz" not in text
        ):
            continue
        for match in data.TRANSLATOR_CREDIT.finditer(text):
            for name in data.AUTHOR_SPLIT.split(match["names"]):
                if name.strip():
                    names.add(fold(name.strip()).lower())
    return names


def without_translators(texts: list[tuple[str, bool]], authors: list[str]) -> list[str]:
    """``authors`` without those the page's text nodes ``texts`` credit as translators,
    where others stay."""
    if not authors:
        return authors
    credited = translators(texts)
    kept = [name for name in authors if fold(name).lower() not in credited]
    return kept if kept and len(kept) < len(authors) else authors


def without_crafts(texts: list[tuple[str, bool]], authors: list[str], page: str) -> list[str]:
    """``authors`` without the translators and the photographers among them (``page``: the
    page's text, which a translator's credit is looked for in first)."""
    if "ranslat" in page or "bersetz" in page:
        authors = without_translators(texts, authors)  # "Translated from German by A"
    return without_photographers(texts, authors)


def without_photographers(texts: list[tuple[str, bool]], authors: list[str]) -> list[str]:
    """``authors`` without those the page's text nodes ``texts`` credit for pictures and for
    nothing else ("Fotos: A"; :data:`~.data.PICTURE_CREDIT`), where others stay."""
    if len(authors) < 2:
        return authors
    kept = [name for name in authors if not _pictures_only(texts, fold(name).lower())]
    return kept if kept and len(kept) < len(authors) else authors


def _pictures_only(texts: list[tuple[str, bool]], name: str) -> bool:
    """Whether ``name`` (folded, lower case) is in a picture credit of ``texts`` and in no
    other short node but as part of one (a node after a picture label alone, "Fotos:" then
    <a>A</a>, is a credit whole)."""
    credited = False
    for i, (text, _) in enumerate(texts):
        if len(text) > data.PICTURE_CREDIT_MAX_CHARS:
            continue
        low = text.lower()
        start = low.find(name)
        if start < 0:
            continue
        if i and data.PICTURE_CREDIT_LABEL.fullmatch(texts[i - 1][0]):
            spans = [(0, len(text))]
        else:
            spans = [m.span("names") for m in data.PICTURE_CREDIT.finditer(text)]
        while start >= 0:
            if not any(a <= start and start + len(name) <= b for a, b in spans):
                return False  # "Text: A", "Von A", "sagt A": more than the pictures
            credited = True
            start = low.find(name, start + 1)
    return credited
