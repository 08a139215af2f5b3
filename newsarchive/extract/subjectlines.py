"""A message's labelled subject: where the page shows a subject after its label ("Betreff:
<b>…</b>", a ``<th>Betreff:</th>`` and the next cell) and the headline found shares few
words with it (the group's, the board's or the record's name), the subject is the
headline, for :mod:`~newsarchive.extract.extraction` (see
:mod:`~newsarchive.extract.data.subjectlines`)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import compiled, element_text
from newsarchive.extract.shown import generic_heading
from newsarchive.extract.text import fix_text, fold, similar


def _value(label: etree._Element, is_text: bool) -> etree._Element | None:
    """The element showing the subject after the label text: the element's first child
    (the label its own text) or, where the label is the element's whole text (a table's
    head cell), its next sibling."""
    if not is_text:
        return None
    child = next(label.iterchildren(etree.Element), None)
    if (
        child is not None
        and child.tag in data.SUBJECT_VALUE_TAGS
        and not (child.tail or "").strip()
    ):
        return child
    if child is None:
        return label.getnext()
    return None


def labelled_subject(tree: etree._Element) -> str:
    """The first subject shown after a label (:data:`~.data.SUBJECT_LABELS`, the whole text
    of a text node) outside links: of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or
    more, no reply's (:data:`~.data.SUBJECT_REPLY`) and no page kind; else empty."""
    for seen, node in enumerate(compiled(data.SUBJECT_LABEL_XPATH)(tree)):
        if seen >= data.SUBJECT_LINES_MAX:
            break
        if " ".join(str(node).split()).lower() not in data.SUBJECT_LABELS:
            continue
        label = node.getparent()
        value = _value(label, node.is_text) if label is not None else None
        if value is None or any(a.tag == "a" for a in (value, *value.iterancestors())):
            continue
        text = fix_text(element_text(value))
        if (
            3 <= len(text) <= 300
            and len(re.findall(r"\w+", text)) >= data.HEADLINE_ELEMENT_MIN_WORDS
            and not re.match(data.SUBJECT_REPLY, text)
            and not generic_heading(text)
        ):
            return text
    return ""


def subject_headline(
    tree: etree._Element, found: str, nodes: list[tuple[str, bool]] | None = None
) -> str:
    """:func:`labelled_subject` where ``found`` shares few words with it (under
    :data:`~.data.TITLE_MIN_SIMILARITY`); else empty, and at once where none of the page's
    text nodes ``nodes`` (:func:`~.nodes.page_nodes`, read already) is a label alone."""
    longest = max(len(label) for label in data.SUBJECT_LABELS)
    if nodes is not None and not any(
        len(text) <= longest and text.lower() in data.SUBJECT_LABELS for text, _ in nodes
    ):
        return ""
    subject = labelled_subject(tree)
    if not subject or (found and similar(fold(found), subject) >= data.TITLE_MIN_SIMILARITY):
        return ""
    return subject


def without_subject_label(title: str) -> str | None:
    """``title`` without a board's subject label opening it ("Thema: Mietkaution ohne
    Sparbuch – …", "Diskussion: …"; :data:`~.data.TITLE_SUBJECT_LABELS`: a thread's heading
    printed with its label), where :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more
    follow; else None (a reply's "Re:" stays). Session 48: 7 read pages of 3 sets gave the
    label, 7 judges drop it, none keeps it."""
    label, colon, rest = title.partition(":")
    if not colon or f"{label.strip().lower()}:" not in data.TITLE_SUBJECT_LABELS:
        return None
    rest = rest.strip()
    return rest if len(re.findall(r"\w+", rest)) >= data.HEADLINE_ELEMENT_MIN_WORDS else None
