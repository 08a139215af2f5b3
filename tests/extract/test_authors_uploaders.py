"""A document host's uploader and a question site's asker ("Uploaded by <a>A</a>",
"gefragt von <a>A</a> (240 Punkte)", "Submitted by …"; kind read in bv, issue 11): read as
the byline, on small invented pages; a sponsor's "Präsentiert von" and a bare "Uploaded"
left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.dokumente-beispiel.example/doc/48213/leitfaden-social-media"
TEXT = "".join(
    f"<p>Im {n}. Kapitel des Leitfadens steht, was Mitarbeitende der Bank in sozialen "
    "Netzwerken über ihre Arbeit schreiben dürfen und wen sie vorher fragen sollten.</p>"
    for n in range(2, 7)
)


def authors(credit: str) -> list[str]:
    """The authors of an invented document page with ``credit`` under its headline."""
    html = page_with(
        "<div id='top'><a href='/' class='logo'>Dokumente</a><a>Log In</a></div>"
        f"<div id='document_column'><h1>Leitfaden Social Media für Mitarbeiter</h1>{credit}"
        f"<div class='text'>{TEXT}</div></div>",
        "<title>Leitfaden Social Media für Mitarbeiter</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("<div class='uploader'>Uploaded by <a>Claudia Hinz</a></div>", ["Claudia Hinz"]),
        (
            "<p class='asker'>gefragt von <a class='user'>Heike Brand</a> (240 Punkte)</p>",
            ["Heike Brand"],
        ),
        ("<p>Hochgeladen von Hauke Dierks · Versicherungsmakler</p>", ["Hauke Dierks"]),
        ("<p>Submitted by <a>Claudia Hinz</a></p>", ["Claudia Hinz"]),
        ("<p>Präsentiert von <a>Hafenbank Beispiel</a></p>", []),
        ("<p>Uploaded 26.01.2010 · 1.204 Reads</p>", []),
    ],
)
def test_uploader_or_asker(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected
