"""A media item's meta line under its player names the clip's maker, not the article's
writer ("Video · 2:41 Min. · SW24 Aktuell, 04.12.2026 · Beitrag von Sandra Kühn"); the
text's own source line credits the agencies (session 46, read on de_full171)."""

from __future__ import annotations

import pytest

from newsarchive.extract.bylines import text_bylines

HEADLINE = ("Aufseher wollen Finfluencer strenger kontrollieren", False)
TEXT = ("Die europäischen Finanzaufseher wollen schärfer gegen Anlagetipps vorgehen.", False)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Video · 2:41 Min. · SW24 Aktuell, 04.12.2026 · Beitrag von Sandra Kühn", []),
        ("Audio | 12:05 Min. | Ein Beitrag von Ole Brinkhaus", []),
        # the article's own byline under the headline
        ("Von Sandra Kühn · 04.12.2026", ["Sandra Kühn"]),
    ],
)
def test_a_clip_s_credit_is_no_byline(line: str, expected: list[str]) -> None:
    assert text_bylines([HEADLINE, (line, False), TEXT]) == expected
