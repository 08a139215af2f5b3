"""The headline the page's address spells. Most systems make an article's address from its
headline ("…/neuigkeiten/10-000-euro-geknackt-und-die-sparkasse-ist-mit-im-boot"); where
the title chosen is another text (a crowdfunding project's name over its update, a book's
teaser over its review, a paper's name over an article of its issue) while a heading of the
page spells the address's words and no more, that heading is the headline. A heading that
holds the title chosen and more (a kicker before it) is left: the metadata settles kickers
(issue 11, session 60: read on de_full440 and older sets; 10 read judges' titles up, 1
down, dev unchanged)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text


def slug_words(text: str) -> list[str]:
    """The words of ``text`` as an address spells them: lower case, accents and umlauts
    bare, numbers left out."""
    text = text.lower()
    for pair, bare in data.SLUG_UMLAUT_PAIRS:
        text = text.replace(pair, bare)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [w for w in re.split(r"[^a-z0-9]+", text) if w and not w.isdigit()]


def _covered(words: list[str], other: list[str]) -> float:
    """The share of ``words`` that ``other`` holds."""
    return len(set(words) & set(other)) / len(set(words)) if words else 0.0


def address_slug(url: str) -> list[str]:
    """The words of the address's last path segment; [] for fewer than
    :data:`~.data.SLUG_MIN_WORDS`."""
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    words = slug_words(data.SLUG_EXTENSION.sub("", segment))
    return words if len(words) >= data.SLUG_MIN_WORDS else []


def slug_headline(tree: etree._Element, title: str, url: str) -> str | None:
    """The first ``<h1>``-``<h3>`` that spells the address's slug where the title chosen
    does not (each word list holding :data:`~.data.SLUG_COVER` of the other's words), unless
    it holds the title chosen (a kicker before it) or is a breadcrumb's item
    (:data:`~.data.SLUG_NOT_CLASSES`); else None."""
    slug = address_slug(url)
    titled = slug_words(title)
    if not slug or _covered(slug, titled) >= data.SLUG_COVER:
        return None
    for heading in tree.iter("h1", "h2", "h3"):
        parent = heading.getparent()
        classes = f"{heading.get('class', '')} {'' if parent is None else parent.get('class', '')}"
        if any(word in classes.lower() for word in data.SLUG_NOT_CLASSES):
            continue  # a breadcrumb's last item
        text = element_text(heading)
        words = slug_words(text)
        if (
            "_" not in text  # a file's name, "Fachbeitrag_Bargeld_05-2024"
            and _covered(slug, words) >= data.SLUG_COVER
            and _covered(words, slug) >= data.SLUG_COVER
            and _covered(titled, words) < data.SLUG_COVER
        ):
            return text
    return None
