"""A list's labelled days: a publication's or creation's label that opens several date lines
of the page ("Erscheinungsdatum: 24. September 2004" under each book of a list, "Datum:" over
each reply of a thread) labels the list's items, not the page: such a line ranks as an
unlabelled one, so the page's own line nearer the headline comes first. The label's first
line after the headline with no dated line before it is the page's own (a forum's first post)."""

from __future__ import annotations

from newsarchive.extract import data


def repeated_label(texts: list[tuple[str, bool]], i: int, text: str, start: int, mark: int) -> bool:
    """True when the label before the date at ``start`` of text node ``i`` (its text before
    the date, or the node before it) opens at least
    :data:`~newsarchive.extract.data.DATE_LABEL_REPEATS` dated lines of the page, and the
    line is not the label's first after the headline (node ``mark``) with no other dated
    line between them, nor its first, just over the headline
    (:data:`~newsarchive.extract.data.DATE_LABEL_HEAD_BEFORE`)."""
    head = text[:start].strip()
    node = i
    if not head and i:
        node, head = i - 1, texts[i - 1][0].strip()
    if not head or len(head) > data.DATE_LABEL_NODE_MAX:
        return False
    key = head.casefold()
    lines = [j for j, (other, _) in enumerate(texts) if other[: len(head)].casefold() == key]
    dated = [j for j in lines if _dated(texts, j, len(head))]
    if len(dated) < data.DATE_LABEL_REPEATS:
        return False
    if dated[0] == node and mark - data.DATE_LABEL_HEAD_BEFORE <= node < mark:
        return False  # a post's header over its subject, the replies' headers after the text
    after = [j for j in dated if j > mark]
    if after and after[0] == node:  # the label's first line under the headline
        return any(_date(texts[k][0]) for k in range(mark + 1, node) if not texts[k][1])
    return True


def _date(text: str) -> bool:
    """True when ``text`` shows a date in a common form (a digit first, the cheap test)."""
    return any(c.isdigit() for c in text[:200]) and any(
        p.search(text[:200]) for p in (data.DATE_NUMERIC, data.DATE_LONG, data.DATE_MONTH_FIRST)
    )


def _dated(texts: list[tuple[str, bool]], j: int, skip: int) -> bool:
    """True when text node ``j`` shows a digit after its first ``skip`` characters, or (a
    label alone) its next node shows one."""
    if any(c.isdigit() for c in texts[j][0][skip:]):
        return True
    return skip > 0 and j + 1 < len(texts) and any(c.isdigit() for c in texts[j + 1][0][:40])
