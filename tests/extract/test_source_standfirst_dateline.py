"""The wire's dateline opening the paragraph after a standfirst names the source (issue 11)."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

from newsarchive.extract import SiteRules
from newsarchive.extract.body import clean_lines

_STANDFIRST = (
    "Verunsicherte Sparer bringen ihr Geld zu den Instituten – der Verband meldet Zuflüsse."
)
_DATELINE = "Cottbus (dpa) – Die Finanzkrise hat die Sparkassen in der Lausitz erreicht."


def test_a_dateline_after_a_standfirst_names_the_source() -> None:
    lines, found = clean_lines(
        [_STANDFIRST, _DATELINE, "Der Verband ist zufrieden."], "", "", SiteRules()
    )
    assert (lines[:2], found) == ([_STANDFIRST, _DATELINE], "dpa")


@pytest.mark.parametrize(
    "first",
    [
        # a paragraph of the text, too long for a standfirst: the dateline below is a quote's
        "Die Sparkasse meldet Zuflüsse. " * 16,
    ],
)
def test_no_source_below_a_long_first_paragraph(first: str) -> None:
    assert clean_lines([first.strip(), _DATELINE], "", "", SiteRules())[1] is None


def test_the_third_paragraph_is_not_read() -> None:
    lines = [_STANDFIRST, "Der Verband ist zufrieden.", _DATELINE]
    assert clean_lines(lines, "", "", SiteRules())[1] is None


def test_the_agency_of_a_wire_text_below_its_standfirst_is_its_writer() -> None:
    article = (
        "<h1>Sparkassen verzeichnen Ansturm</h1>"
        f"<p><b>{_STANDFIRST}</b></p><p><b>Cottbus (dpa)</b> – Die Finanzkrise ist da.</p>"
        + paragraphs("die Einlagen steigen")
    )
    found = extracted(article, "http://www.tageblatt.example/wirtschaft/art1.html")
    assert (found["authors"], found["source"]) == (["dpa"], "dpa")
