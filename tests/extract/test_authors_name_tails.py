"""The words after a person's full name that are no part of it leave the name: a
parliament's mark ("MdL"), the body the writer speaks for ("für Reitstall Sonnenhof") and
the writer's place ("aus Bezirk Lienzfeld"), a date's label read with the name ("Erstellt",
session 55: 2 read judges' pages up); an institute's "für" stays
(:func:`~newsarchive.extract.nametails.without_name_tail`; session 33, issue 11)."""

from __future__ import annotations

import pytest

from newsarchive.extract.nametails import without_name_tail


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ingrid Sauerbrey MdL", "Ingrid Sauerbrey"),
        ("Martina Holzapfel MdB", "Martina Holzapfel"),
        ("Claudia Thörner für Reitstall Sonnenhof", "Claudia Thörner"),
        ("Anna Berg aus Bezirk Lienzfeld", "Anna Berg"),
        (
            "Institut für Finanzmarktforschung Weserland",
            "Institut für Finanzmarktforschung Weserland",
        ),
        ("Uwe aus Kassel", "Uwe aus Kassel"),
        # a date's label read with the name out of one meta block (session 55)
        ("Lena Hartwig Erstellt", "Lena Hartwig"),
        ("Jana Petersen Updated", "Jana Petersen"),
        ("Anna Berg", "Anna Berg"),
    ],
)
def test_tail_leaves(name: str, expected: str) -> None:
    assert without_name_tail(name) == expected
