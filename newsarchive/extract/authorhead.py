"""A label heading over the writer's note: "Written by" | "Dev Malhotra", "Über den Autor" |
"Kai Becker leitet …" (:data:`~.data.AUTHOR_HEAD_LABELS`), the writer named in the first
text after it, read where nothing else names anyone (issue 11; kind read in e and en_n)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text
from newsarchive.extract.profilename import lone_full_name, one_owner
from newsarchive.extract.text import fold


def author_head(tree: etree._Element) -> list[str]:
    """The one full name the first texts after the page's first
    :data:`~.data.AUTHOR_HEADS_MAX` label headings give; none where they give two or where
    a heading sits in a comment or a form."""
    heads = (
        head
        for head in tree.iter(*data.AUTHOR_HEAD_TAGS)
        if " ".join(fold(element_text(head)).split()).rstrip(":").strip().lower()
        in data.AUTHOR_HEAD_LABELS
    )
    found = ((head, _name_after(head) or "") for head in heads)
    return one_owner(found, data.AUTHOR_HEADS_MAX)


def _name_after(head: etree._Element) -> str | None:
    """The full name the first text after ``head`` is or opens with."""
    after = head.xpath("following::text()[normalize-space()][1]")
    if not after:
        return None
    text = " ".join(fold(str(after[0])).split())
    if lone_full_name(text):
        return text
    match = data.AUTHOR_HEAD_NOTE.match(text)
    return match.group("name") if match and lone_full_name(match.group("name")) else None
