"""A document or photo host's upload label opening a date line ("Hochgeladen am …",
"Date Added:", "Foto vom:") names the day its page was published (issue 11;
data/uploadlabels ``DATE_UPLOAD_LABEL``), not an attachment's own stamp after its file's link;
small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("ein Sparbuch für Kinder sich noch lohnt")
URL = "https://dokumente.example/7731-merkblatt-kindersparbuch.html"
#: A shelf's line under the headline with its own, unlabelled day.
SHELF = "<p class='shelf'>Sammlung Sparen · zuletzt ergänzt 02.05.2013</p>"
OTHERS = (
    "<section><h2>Ähnliche Dokumente</h2><p><a href='/1'>Zinsen im Vergleich</a></p>"
    "<p>Von Jana Feldmann · 02.05.2013</p><p><a href='/2'>Taschengeld planen</a></p>"
    "<p>Von Udo Reimers · 11.04.2013</p></section>"
)


@pytest.mark.parametrize(
    "meta",
    [
        "<div class='meta'>Hochgeladen am 14.06.2013 · 212 Ansichten · 8 Seiten</div>",
        "<div class='meta'>Uploaded on 14.06.2013 · 212 views · 8 pages</div>",
        "<dl><dt>Kategorie:</dt><dd>Geld</dd><dt>Date Added:</dt><dd>14.06.2013</dd></dl>",
        "<dl><dt>Sektion:</dt><dd>Alltag</dd><dt>Foto vom:</dt><dd>14. Juni 2013</dd></dl>",
    ],
)
def test_upload_label_dates_the_page(meta: str) -> None:
    body = f"<main><h1>Merkblatt Kindersparbuch</h1>{SHELF}{meta}{TEXT}{OTHERS}</main>"
    found = published_on(body, "", URL)
    assert found is not None
    assert found[:10] == "2013-06-14"


@pytest.mark.parametrize("stamp", [" hochgeladen am ", "<br>Hochgeladen am "])
def test_attachment_upload_is_no_date_line(stamp: str) -> None:
    # guard: an attachment's own upload after its file's link, under a press release's day
    body = (
        "<main><p class='datum'>08.03.2011 09:40</p><h1>Merkblatt Kindersparbuch</h1>"
        f"{TEXT}<p>Anhang<br><a href='/a/3'>Kurzfassung (PDF, 96 KB)</a>{stamp}"
        "09.03.2011</p></main>"
    )
    found = published_on(body, "", URL)
    assert found is not None
    assert found[:10] == "2011-03-08"
