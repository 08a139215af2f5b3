"""A byline part after a name that names the writer's academic home, field or rank is no
second writer ("Von A, Universität Mannheim", "A, Medienwirtschaft, Hochschule Osnabrück",
"A, Kuratorin", "A, Group Chief Executive"; issue 11, session 44, read on cm, ch, v,
de_full114 and en_aq)."""

from __future__ import annotations

import pytest

from newsarchive.extract.bylineunits import is_unit
from newsarchive.extract.names import split_authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Franziska Beispiel, Universität Mannheim", ["Franziska Beispiel"]),
        ("Marvin Muster, Medienwirtschaft, Hochschule Osnabrück", ["Marvin Muster"]),
        ("Lea Probe, Forschungsinstitut für Bankwesen", ["Lea Probe"]),
        ("Marlene Beispiel, Kuratorin", ["Marlene Beispiel"]),
        ("Jasmin Muster, Finanzfachwirtin", ["Jasmin Muster"]),
        ("Ilka Probe, Öffentlichkeitsarbeit", ["Ilka Probe"]),
        ("By Anna Example, Group Chief Executive", ["Anna Example"]),
        # two writers stay two
        ("Von Franziska Beispiel und Jan Muster", ["Franziska Beispiel", "Jan Muster"]),
        ("Franziska Beispiel, Jan Muster", ["Franziska Beispiel", "Jan Muster"]),
    ],
)
def test_the_writer_without_her_affiliation(byline: str, expected: list[str]) -> None:
    assert split_authors([byline])[0] == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("universität zu köln", True),
        ("digitalvertrieb", True),
        ("jan muster", False),
        ("", False),
    ],
)
def test_is_unit(part: str, expected: bool) -> None:
    assert is_unit(part) is expected
