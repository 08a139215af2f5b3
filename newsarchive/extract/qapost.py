"""How long a Q&A page shows its question: a forum's opening post runs over paragraphs (the
thread's text, its asker the writer), an advice portal's question is a line or two over the
expert's answer (the answer's writer the page's; :func:`~.metadata.read_metadata`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.nodes import page_nodes
from newsarchive.extract.text import fold


def shown_at_length(tree: etree._Element, text: str) -> bool:
    """True where the page's text nodes, from the one opening with ``text``'s first words
    (:data:`~.data.QA_QUESTION_PREFIX_CHARS`), run at least :data:`~.data.QA_POST_MIN_CHARS`
    in nodes longer than a label (:data:`~.data.QA_POST_NODE_MIN_CHARS`) before a short one
    (the asker's name, a date, "4 Antworten")."""
    opening = fold(text)[: data.QA_QUESTION_PREFIX_CHARS]
    if len(opening) < data.QA_QUESTION_PREFIX_CHARS:
        return False
    nodes, _ = page_nodes(tree)
    start = next((i for i, (t, _) in enumerate(nodes) if t.startswith(opening)), None)
    if start is None:
        return False
    run = 0
    for node, _ in nodes[start:]:
        if len(node) <= data.QA_POST_NODE_MIN_CHARS:
            break
        run += len(node)
    return run >= data.QA_POST_MIN_CHARS
