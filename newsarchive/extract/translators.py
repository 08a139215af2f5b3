"""Translators are no writers (issue 11, session 57, read on en_cu and en_ct): an English
edition of a German paper credits "Translated from German by Lisa Gorman." under the
writers' byline, and its JSON-LD lists her among the authors."""

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
