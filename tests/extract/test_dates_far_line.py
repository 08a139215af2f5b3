"""A date line far under the headline, where no metadata or markup dates the page, defers to
htmldate's fast search when the page shows htmldate's day first and the line names no
publication (issue 11, rd32 :mod:`~newsarchive.extract.farline`); small pages written for
the test."""

from __future__ import annotations

import pytest
from lxml import html

from newsarchive.extract.farline import far_line_defer

PAGE = (
    "<html><body><div class='kopf'><time datetime='2003-05-12'>12.05.2003</time></div>"
    "<h1>Skript Bankbetriebslehre</h1><p>Kapitel 2: Zahlungsverkehr.</p>"
    "<p>Letzte Sitzung 17.05.2003</p></body></html>"
)
SHOWN = [("12.05.2003", False), ("Skript Bankbetriebslehre", False), ("Kapitel 2", False)]


@pytest.mark.parametrize(
    ("line", "texts", "expected"),
    [
        # a line far under the headline, htmldate's day shown first: htmldate's
        (("2003-05-17", 14), [*SHOWN, ("Letzte Sitzung 17.05.2003", False)], "2003-05-12"),
        # guards: a line near the headline stands
        (("2003-05-17", 3), [*SHOWN, ("Letzte Sitzung 17.05.2003", False)], None),
        # ... the line's day shown first stands
        (("2003-05-17", 14), [("17.05.2003", False), *SHOWN], None),
        # ... htmldate's day shown only in a flagged node
        (("2003-05-17", 14), [("12.05.2003", True), ("17.05.2003", False)], None),
        # ... a line naming the publication (in its node or the two before) stands
        (("2003-05-17", 14), [*SHOWN, ("Veröffentlicht am 17.05.2003", False)], None),
        (
            ("2003-05-17", 14),
            [*SHOWN, ("Posted in", False), ("News", False), ("on May 17, 2003", False)],
            None,
        ),
    ],
)
def test_a_far_date_line_defers_to_the_day_shown_first(
    line: tuple[str, int], texts: list[tuple[str, bool]], expected: str | None
) -> None:
    tree = html.document_fromstring(PAGE)
    assert (
        far_line_defer(tree, "http://skript.example/node2.html", line, texts, lambda t: [])
        == expected
    )
