"""A press release's dateline with its date in brackets after the place ("Wiesenfurt
(27.03.2012) – Die Raiffeisenbank ...") is the date line, before an event's day in a box of
the text (issue 11, rd9: dates_af's cooperative bank CMS); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "http://www.volksbank-talheim.example/portal/de/presse/2012/bilanz-12.html"
REST = (
    "<p>Die Bilanzsumme stieg um 5 Prozent, die Kundeneinlagen wuchsen auf 375 Millionen Euro."
    "</p><div class='infobox'><h3>Vertreterversammlung</h3>"
    "<p>Sonntag, 6. Mai 2012, 19:00 Uhr, Stadthalle</p></div>"
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Talheim (27.03.2012) – Die Volksbank hat das Jahr solide abgeschlossen.", "2012-03-27"),
        (
            "Bad Talheim (27. März 2012) - Die Volksbank hat das Jahr solide abgeschlossen.",
            "2012-03-27",
        ),
        # a date in brackets inside a sentence is no dateline: the box's day stays
        ("Die Volksbank (gegründet 27.03.1912) hat das Jahr solide abgeschlossen.", "2012-05-06"),
    ],
)
def test_a_bracketed_dateline(lead: str, expected: str) -> None:
    page = f"<h1>Volksbank legt solide Bilanz vor</h1><p>{lead}</p>{REST}"
    assert (published_on(page, "", URL) or "")[:10] == expected
