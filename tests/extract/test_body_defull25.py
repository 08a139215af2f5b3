"""Body rules from de_full25's misses, judged on de_full26 to de_full28 (issue 11): kinds of
page part read on de_full25 (and the older read sets), each on small invented lines or
pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "contact",
    [
        ["Für Rückfragen: Erna Beispiel, Telefon 0123 45-678"],
        ["Rückfragen bitte an:", "Pressestelle", "Erna Beispiel"],
        ["Für Rückfragen:", "Erna Beispiel", "Telefon 0123 45-678"],
    ],
)
def test_a_releases_query_label_closes_the_text(contact: list[str]) -> None:
    assert kept_lines([*LINES, *contact]) == LINES


def test_a_sentence_about_queries_stays() -> None:
    line = "Für Rückfragen steht Ihnen die Pressestelle gern zur Verfügung."
    assert kept_lines([*LINES, line]) == [*LINES, line]
