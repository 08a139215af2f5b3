"""The change's labels (issue 11: the modified date taken for the published one): "Letzte
Änderung:", "Änderung vom", "Überarbeitet am" in the line or before a ``<time>``, on small
pages written for the test. ("Bearbeitet am" and "Stand:" before a ``<time>`` are left as
they were: the dev pages' annotators took such a line, the only one, for the publication.)"""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"
META = "<meta property='article:published_time' content='2025-03-03T10:00:00+01:00'>"
TIME = "<time datetime='2025-04-10T10:00:00+02:00'>10.04.2025</time>"


def _published(line: str, head: str = "", more: str = "") -> str:
    top = f"<main><article><h1>Sparkasse auf Mastodon</h1><p class='meta'>{line}</p>{more}"
    return (published_on(f"{top}{TEXT}</article></main>", head, URL) or "")[:10]


@pytest.mark.parametrize(
    "line",
    [
        "Letzte Änderung: 10.04.2025",
        "Änderung vom 10.04.2025",
        "Überarbeitet am 10.04.2025",
        f"Überarbeitet am {TIME}",
    ],
)
def test_a_line_labelled_as_the_change_is_not_the_publication(line: str) -> None:
    assert _published(line, META) == "2025-03-03"
    more = "<p>Veröffentlicht von Anna Müller am 3. März 2025 in Wirtschaft</p>"
    assert _published(line, "", more) == "2025-03-03"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an editor's byline is no change's label
        ("Bearbeitet von Anna Müller, 10.04.2025", "2025-04-10"),
        # the publication named before the change
        ("Erstellt am 03.03.2025, letzte Änderung am 10.04.2025", "2025-03-03"),
    ],
)
def test_the_change_labels_leave_other_lines(line: str, expected: str) -> None:
    assert _published(line) == expected
