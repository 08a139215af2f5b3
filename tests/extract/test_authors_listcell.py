"""A board's first user cell written as a definition list (PunBB, FluxBB: ``<dt>`` the
poster's name, ``<dd>`` the rank, "Registriert: …", "Beiträge: …"; kind read in de_full23,
issue 11) names the thread's author, on small invented pages; a login, a list without a
stat line and a glossary's terms credit nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://forum.geldtreff.example/viewtopic.php?id=412"
POST = (
    "<p>Die Sparkasse hat die Preise für das Girokonto zum zweiten Mal in diesem Jahr "
    "erhöht, und in den Filialen hängt nur ein kleiner Zettel dazu aus. Wie seht ihr das?</p>"
    "<p>Ich überlege, zu einer Direktbank zu wechseln, wüsste aber gern, wer schon "
    "Erfahrungen mit dem Kontowechselservice gemacht hat.</p>"
)


def authors(cell: str) -> list[str]:
    html = page_with(
        "<div id='brdheader'><h1>Geldtreff</h1></div><h2>Sparkasse erhöht die Kontopreise</h2>"
        "<div class='blockpost'><h2><span>#1</span> <a>2006-05-09 19:12:00</a></h2>"
        f"<div class='postleft'>{cell}</div><div class='postright'><h3>Kontopreise</h3>"
        f"<div class='postmsg'>{POST}</div></div></div>",
        "<title>Sparkasse erhöht die Kontopreise (Seite 1) / Banken / Geldtreff</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "<dl><dt><strong>Gunnar Pietzsch</strong></dt><dd class='usertitle'><strong>"
            "Moderator</strong></dd><dd>Registriert: 2003-03-02</dd><dd>Beiträge: 812</dd></dl>",
            ["Gunnar Pietzsch"],
        ),
        ("<dl><dt>Heike Brandhorst</dt><dd>Beiträge: 14</dd></dl>", ["Heike Brandhorst"]),
        # a login, no stat line, a description first: nobody
        ("<dl><dt>sparfuchs77</dt><dd>Registriert: 2003-03-02</dd></dl>", []),
        ("<dl><dt>Gunnar Pietzsch</dt><dd>Moderator</dd></dl>", []),
        ("<dl><dd>Registriert: 2003-03-02</dd><dt>Gunnar Pietzsch</dt></dl>", []),
    ],
)
def test_listed_user_cell(cell: str, expected: list[str]) -> None:
    assert authors(cell) == expected
