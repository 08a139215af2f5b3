"""A council information system's document page (SessionNet, ALLRIS) is headed by the
document's kind and number, "Vorlage - VO/2024/0137"; its "Betreff" cell, a label without a
colon, gives the headline (issue 11, session 61: 3 titles up on the read judges, 0 down; dev
unchanged). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://buergerinfo.musterstadt-rat.example/sessionnet/bi/vo0050.php?__kvonr=4187"
SUBJECT = "Verwendung des Jahresüberschusses 2023 der Stadtsparkasse Musterstadt"
TEXT = "".join(
    f"<p>Der Stadtrat nimmt im {n}. Absatz den festgestellten Jahresabschluss der "
    "Stadtsparkasse zur Kenntnis und stimmt dem Vorschlag des Verwaltungsrates zu.</p>"
    for n in range(1, 5)
)


def document_page(info: str) -> str:
    """A printed matter's page: its number in the ``<title>`` and ``<h1>``, its facts in
    ``info`` above the text."""
    head = "<title>Vorlage - VO/2024/0137</title>"
    body = (
        f"<main><h1>Vorlage - VO/2024/0137</h1>{info}"
        f"<div class='vorlagentext'><h3>Beschlussvorschlag:</h3>{TEXT}</div></main>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    "info",
    [
        f"<dl><dt>Betreff</dt><dd class='betreff'>{SUBJECT}</dd><dt>Status</dt>"
        "<dd>öffentlich</dd><dt>Vorlage-Art</dt><dd>Beschlussvorlage</dd></dl>",
        f"<div class='row'><div class='td-1'>Betreff</div><div class='td-2'>{SUBJECT}</div>"
        "</div><div class='row'><div class='td-1'>Status</div><div class='td-2'>öffentlich"
        "</div></div>",
    ],
)
def test_the_betreff_cell_is_the_headline(info: str) -> None:
    assert document_page(info) == SUBJECT
