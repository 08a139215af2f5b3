"""A signature block closing the post names its writer where nothing else names anyone
(issue 11; :mod:`~newsarchive.extract.signblock`); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

TEXT = paragraphs("die Störung im Zahlungsverkehr behoben ist")
URL = "https://status.bank.example/incidents/4711"


def _authors(tail: str) -> list[str]:
    body = f"<main><h1>Störung im Zahlungsverkehr behoben</h1>{TEXT}{tail}</main>"
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("<div class='signature'><p>Henrik Saathoff</p></div>", ["Henrik Saathoff"]),
        (
            "<div class='postmortem-signature'><p>Henrik Saathoff, Leiter Plattformbetrieb</p>"
            "<p>Status-Team der Bank</p></div>",
            ["Henrik Saathoff"],
        ),
        (
            "<div id='unterschrift'>Agnes Kalbe, öffentlich bestellte und beeidigte Übersetzerin"
            " für Polnisch</div>",
            ["Agnes Kalbe"],
        ),
        # guards: no name, or a board's many member signatures
        ("<div class='signature'><p>bitte melden Sie sich bei Fragen</p></div>", []),
        (
            "<div class='post'><div class='signature'>Jan Ohm</div></div>"
            "<div class='post'><div class='signature'>Lisa Kern</div></div>",
            [],
        ),
    ],
)
def test_sign_block_names_the_writer(block: str, expected: list[str]) -> None:
    assert _authors(block) == expected
