"""Translators are no writers (issue 11, session 57, read on en_cu and en_ct): an English
edition of a German paper credits "Translated from German by Lisa Gorman." under the
writers' byline, and its JSON-LD lists her among the authors."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold


def translators(tree: etree._Element) -> set[str]:
    """The folded names the page credits as its text's translators."""
    names: set[str] = set()
    for text in tree.xpath(data.TRANSLATOR_XPATH):
        for match in data.TRANSLATOR_CREDIT.finditer(" ".join(str(text).split())):
            for name in data.AUTHOR_SPLIT.split(match["names"]):
                if name.strip():
                    names.add(fold(name.strip()).lower())
    return names


def without_translators(tree: etree._Element, authors: list[str]) -> list[str]:
    """``authors`` without those the page credits as translators, where others stay."""
    if not authors:
        return authors
    credited = translators(tree)
    kept = [name for name in authors if fold(name).lower() not in credited]
    return kept if kept and len(kept) < len(authors) else authors
