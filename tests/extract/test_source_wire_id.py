"""A source line's wire story id is no part of the source's name ("Quelle: dpa-infocom,
dpa:260314-99-412907/2", two real dev pages; issue 11, session 28)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Quelle: dpa-infocom, dpa:260314-99-412907/2", "dpa-infocom"),
        ("Quelle: dpa-infocom dpa:260402-99-530118", "dpa-infocom"),
        ("Quelle: Süddeutsche Zeitung", "Süddeutsche Zeitung"),
    ],
)
def test_source_without_wire_id(line: str, expected: str) -> None:
    html = page_with(
        "<h1>Bank schließt Filiale</h1>"
        + paragraphs("die Bank ihre Filiale schließt")
        + f"<p>{line}</p>",
        "<title>Bank schließt Filiale</title>",
    )
    found = extract(html, "https://www.zeitung.example/bank", fetched_at=FETCHED)
    assert found["source"] == expected
    assert "412907" not in found["body"]
