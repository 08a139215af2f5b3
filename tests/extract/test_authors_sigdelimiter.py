"""The e-mail and Usenet signature delimiter ("--" alone on its line) before the writer's
full name, a role after a comma allowed, closes a board's opening post under a login (halves
BD's and BC's kind, issue 11): the name is the author; a source or a sentence after the
delimiter is not, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://baufi-runde.example/forum/thread.cgi?post=4711"
TEXT = "".join(
    f"<p>Im {n}. Angebot der Hausbank lag der Zins für zehn Jahre Bindung deutlich über dem, "
    "was die Direktbanken gerade verlangen, und die Bereitstellungszinsen kamen noch dazu.</p>"
    for n in range(2, 7)
)


def authors(sig: str) -> list[str]:
    html = page_with(
        "<h1>Zinsbindung: wer bietet was?</h1><table><tr><td class='user'><b>zinsfuchs_88</b>"
        f"</td><td><div class='post'>{TEXT}<p>--<br>{sig}</p></div></td></tr></table>",
        "<title>Baufi-Runde: Zinsbindung: wer bietet was?</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("sig", "expected"),
    [
        ("Hiltrud Amsinck, Finanzierungsberaterin in Celle", ["Hiltrud Amsinck"]),
        ("Hiltrud Amsinck, Kassenwartin", ["Hiltrud Amsinck"]),
        ("Hiltrud Amsinck", ["Hiltrud Amsinck"]),
        # a source or a sentence after the delimiter names nobody
        ("Quelle: Baufi-Runde", []),
        ("Eigene Recherche", []),
    ],
)
def test_signature_after_delimiter(sig: str, expected: list[str]) -> None:
    assert authors(sig) == expected
