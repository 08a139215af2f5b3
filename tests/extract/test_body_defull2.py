"""Body rules from de_full2's misses (issue 11): a press release's dated label and a research
release's closing block (publication, contact for questions) leave. Each rule on a small
invented page, and the text it must leave alone."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    f"Die Hochschule erklärt im {n}. Absatz, was die Studie über Banken zeigt." for n in (1, 2, 3)
]


@pytest.mark.parametrize(
    "label", ["Presseinformation Nr. 118/2026 vom 23.06.2026", "Pressemitteilung vom 3. März 2026"]
)
def test_release_label_with_its_date_above_the_text_leaves(label: str) -> None:
    assert clean_lines([label, *TEXT], "", "", SiteRules())[0] == TEXT


@pytest.mark.parametrize(
    "heading",
    ["Originalpublikation:", "Kontakt für Rückfragen", "Wissenschaftlicher Ansprechpartner"],
)
def test_a_research_release_closing_block_leaves_with_what_follows(heading: str) -> None:
    lines = [*TEXT, heading, "Muster, A.: Banken im Netz. Zeitschrift 4 (2026), S. 1-9."]
    assert clean_lines(lines, "", "", SiteRules())[0] == TEXT


def test_a_closing_heading_in_the_first_half_and_a_label_in_a_sentence_stay() -> None:
    # the heading in the first half, not on the first line (a short first line is a label)
    sentence = "Die Pressemitteilung vom 3. März 2026 nannte Zahlen."
    lines = [TEXT[0], "Kontakt für Rückfragen", *TEXT[1:], sentence]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines
