"""A date stamp under a short label above the text ("vhs-Newsletter · 12. März 2019", "News
vom 07.11.2006", "Presseerklärung Nr. 41/1999 vom 14.09.1999") is not text (round rb28,
read on de_full49)."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.labelstamps import is_label_stamp
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Volkshochschule bietet im Frühjahr wieder Kurse zum Onlinebanking für Ältere an.",
    "Die Kurse finden an vier Abenden statt, die Teilnahme kostet zwölf Euro.",
]


@pytest.mark.parametrize(
    "line",
    [
        "vhs-Newsletter · 12. März 2019",
        "News vom 07.11.2006",
        "Presseerklärung Nr. 41/1999 vom 14.09.1999",
        "Ausgabe vom 08.12.2009",
        "Erscheinung: 18.08.2026",
        "Mitgliederbrief | 25. März 2025",
    ],
)
def test_a_labelled_stamp_is_one(line: str) -> None:
    assert is_label_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Berlin, 5. November 2019",  # a dateline opens the text
        "Am 12. März 2019 beginnt der neue Kurs.",
        "Die Anmeldung läuft vom 12.03.2019",  # more than a label
    ],
)
def test_other_lines_are_none(line: str) -> None:
    assert not is_label_stamp(line)


def test_the_stamp_leaves_the_top_of_the_body() -> None:
    lines, _ = clean_lines(["vhs-Newsletter · 12. März 2019", *TEXT], "Kurse", "", SiteRules())
    assert lines == TEXT


def test_a_labelled_date_closing_the_text_stays() -> None:
    closing = "Anmeldeschluss: 15.03.2019"
    lines, _ = clean_lines(
        [*TEXT, TEXT[0].replace("Frühjahr", "Herbst"), closing], "Kurse", "", SiteRules()
    )
    assert lines[-1] == closing
