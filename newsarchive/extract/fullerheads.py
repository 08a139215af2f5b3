"""A title cut short of the headline the page shows: where the title found is the opening
of a heading's, a title-classed element's or a bold line's whole text, which goes on after
it (:data:`~.data.FULLER_HEADLINE_JOINS`), that fuller text is the headline, for
:mod:`~newsarchive.extract.extraction` (see :mod:`~newsarchive.extract.data.fullerheads`)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import contains_any, page_index
from newsarchive.extract.parsing import compiled, element_text

_WORD = re.compile(r"\w+")


def _in_link(element: etree._Element) -> bool:
    """Whether ``element`` is or stands in a link (a teaser's or menu's headline; a heading
    holding its permalink, "<h2><a>Headline</a></h2>", counts)."""
    return element.tag == "a" or any(node.tag == "a" for node in element.iterancestors())


def _holds_title(element: etree._Element, head: str) -> bool:
    """Whether an element inside ``element`` shows the title alone (a heading block
    holding the title and a subtitle or a teaser after it)."""
    return any(element_text(node).lower() == head for node in element.iterdescendants())


def _holds_block(element: etree._Element) -> bool:
    """Whether ``element`` holds a heading or a block (:data:`~.data.FULLER_HEADLINE_NOT_INSIDE`:
    a byline's ``<h4>`` nested in the ``<h1>``, a heading block's teaser): its text goes on
    with another line, not with the headline's rest."""
    return next(element.iterdescendants(*data.FULLER_HEADLINE_NOT_INSIDE), None) is not None


def _shown_whole(tree: etree._Element, head: str) -> bool:
    """Whether a heading (:data:`~.data.FULLER_TITLE_SHOWN_TAGS`) shows the title whole:
    then it is no cut (a longer heading after it is a section's or a tagline)."""
    return any(
        element_text(node).lower() == head for node in tree.iter(*data.FULLER_TITLE_SHOWN_TAGS)
    )


def fuller_headline(tree: etree._Element, title: str) -> str:
    """The first shown headline (:data:`~.data.FULLER_HEADLINE_XPATH`, outside links) that
    opens with ``title`` and goes on with :data:`~.data.FULLER_HEADLINE_MIN_ADDED_WORDS`
    words or more, up to :data:`~.data.FULLER_HEADLINE_MAX_WORDS` in all, no sentence
    (closing with a full stop); else empty, and empty where a heading shows the title whole."""
    head = title.strip().lower()
    if not head:
        return ""
    if _shown_whole(tree, head):
        return ""  # read first: most pages show their title whole, and this is cheap
    size = len(_WORD.findall(head))
    for element in compiled(data.FULLER_HEADLINE_XPATH)(tree, head=" ".join(head.split())):
        text = element_text(element)
        if not text.lower().startswith(head) or _in_link(element):
            continue
        if _holds_title(element, head) or _holds_block(element):
            continue
        rest = text[len(head) :]
        words = len(_WORD.findall(text))
        if (
            rest.startswith(data.FULLER_HEADLINE_JOINS)
            and words - size >= data.FULLER_HEADLINE_MIN_ADDED_WORDS
            and words <= data.FULLER_HEADLINE_MAX_WORDS
            and not text.endswith(".")
        ):
            return text
    return ""


def widened_headline(tree: etree._Element, title: str) -> str:
    """The page's one ``<h1>`` (without one, its one element classed
    :data:`~.data.WIDENED_HEADLINE_CLASSES`) where it holds every word of ``title`` in order
    with words put between them, the same first and last word (a kicker before it is no such
    word): a
    short ``<title>``/og:title "Banken starten Kampagne gegen Phishing" over the headline
    "Banken in Saarland und Pfalz starten gemeinsame Kampagne gegen Phishing" (session 43,
    read on de_full157); at least
    :data:`~.data.FULLER_HEADLINE_MIN_ADDED_WORDS` more, at most
    :data:`~.data.FULLER_HEADLINE_MAX_WORDS` in all, no sentence; else empty."""
    head = title.strip().lower()
    headings = [h for h in tree.iter("h1") if not _in_link(h) and not _holds_block(h)]
    if not headings and head:
        # no <h1>: an old template's one headline-classed element ("p.ueberschrift" over a
        # press list's shortened link; session 45, read on dates_dg)
        named = (
            e
            for _, e, c in page_index(tree).classed
            if contains_any(c, data.WIDENED_HEADLINE_CLASSES)
        )
        headings = [h for h in named if not _in_link(h) and not _holds_block(h)]
    if not head or len(headings) != 1 or _shown_whole(tree, head):
        return ""
    text = element_text(headings[0])
    words, wanted = _WORD.findall(text.lower()), _WORD.findall(head)
    remaining = iter(words)
    if (
        wanted
        and (words[:1], words[-1:]) == (wanted[:1], wanted[-1:])  # no kicker, no tail
        and all(word in remaining for word in wanted)  # (in order: the iterator is consumed)
        and len(words) - len(wanted) >= data.FULLER_HEADLINE_MIN_ADDED_WORDS
        and len(words) <= data.FULLER_HEADLINE_MAX_WORDS
        and not text.endswith(".")
    ):
        return text
    return ""
