"""A meta line's segment after its date node ("<time>03.11.2026</time> · A", "<time>…</time>
· 6 Min. Lesezeit · A"; `SEPARATOR_OPENING`, `READING_TIME`; kind read in de_full2 and
de_full15, issue 11): the date node read with it names the writer."""

from __future__ import annotations

from newsarchive.extract.bylines import text_bylines


def test_the_date_node_is_read_with_the_segment() -> None:
    assert text_bylines([("T", False), ("03.11.2026", False), ("· Heiko Brandt", False)]) == [
        "Heiko Brandt"
    ]
    nodes = [("T", False), ("25. August 2020", False), ("· 6 Min. Lesezeit · Jonas Stein", False)]
    assert text_bylines(nodes) == ["Jonas Stein"]
