"""A contribution's or a guest's line naming a writer with an office and an academic title
("Ein Beitrag von Steuerberaterin A und Wirtschaftsprüfer Dr. B", "Ein Gastbeitrag von
Rechtsanwältin Dr. C, Kanzlei …"): the title's full stop no longer ends the name at
"Wirtschaftsprüfer Dr"; the office leaves, the title stays (session 66, read on de_full496
and de_full552, issue 11). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.kanzlei-musterstadt.example/blog/kartenzahlung-im-laden"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Ein Beitrag von Steuerberaterin Anja Körner und Wirtschaftsprüfer Dr. Michael Stübing",
            ["Anja Körner", "Dr. Michael Stübing"],
        ),
        (
            "Ein Gastbeitrag von Rechtsanwältin Dr. Annegret Vöhringer, Kanzlei Vöhringer &amp;"
            " Pfannkuch, Nürnberg",
            ["Dr. Annegret Vöhringer"],
        ),
        # (titles without an office, as before)
        (
            "Ein Beitrag von Dr. Anja Körner und Prof. Dr. Michael Stübing",
            ["Dr. Anja Körner", "Prof. Dr. Michael Stübing"],
        ),
    ],
)
def test_titled_names_in_a_credit_line(line: str, expected: list[str]) -> None:
    article = (
        f"<h1>Kartenzahlung im Laden</h1><p><em>{line}</em></p>"
        f"{paragraphs('Kartenzahlungen verbucht werden', 4)}"
    )
    assert extracted(article, URL)["authors"] == expected
