"""A co-author the post's own note names beside the byline's one writer (issue 11, kind read
in half AE): on a small invented member post, the cases it reads and those it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://netzwerk.example/beitraege/geldanlage-fuer-einsteiger-4711"
TEXT = "".join(
    f"<p>Im {n}. Absatz geht es darum, warum die Volksbank Lindtal jetzt auch auf YouTube "
    "erklärt, wie ein Sparplan funktioniert und was er kostet.</p>"
    for n in range(1, 6)
)


def page(byline: str, note: str) -> bytes:
    return page_with(
        "<main><article><h1>Geldanlage für Einsteiger</h1>"
        f"<div class='post__meta'><span class='author-name'>{byline}</span>"
        " · <span class='post__date'>26. Februar 2026</span></div>"
        f"<div class='post__body'>{TEXT}<p><i>{note}</i></p></div></article></main>",
        "<title>Geldanlage für Einsteiger</title>",
    )


@pytest.mark.parametrize(
    ("byline", "note", "expected"),
    [
        (
            "Derya Kalkan",
            "Diesen Beitrag habe ich gemeinsam mit Ole Brammer geschrieben.",
            ["Derya Kalkan", "Ole Brammer"],
        ),
        (
            "Derya Kalkan",
            "Den Artikel haben wir zusammen mit Anna von Berg verfasst.",
            ["Derya Kalkan", "Anna von Berg"],
        ),
        # left alone: a note thanking someone, no co-author
        (
            "Derya Kalkan",
            "Diesen Beitrag habe ich mit Hilfe von Ole Brammer geprüft.",
            ["Derya Kalkan"],
        ),
    ],
)
def test_coauthor_note(byline: str, note: str, expected: list[str]) -> None:
    assert extract(page(byline, note), URL, fetched_at=FETCHED)["authors"] == expected
