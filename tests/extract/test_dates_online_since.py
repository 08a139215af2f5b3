"""A magazine's web edition labels its publication "Online seit 22.05.2007" (after the print
issue's number, under the text): a publication's label, before a nearer or unlabelled date
(dates_y's misses, issue 11, rd2's second date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Beratung per Video jetzt ausgewertet wird")
URL = "https://www.fachmagazin.example/index.php?kat=12&artikel=7062444"


@pytest.mark.parametrize(
    "source",
    [
        "Aus Ausgabe 5/2007 · Online seit 22.05.2007",
        "Online seit: Dienstag, 22. Mai 2007",
        "Heft 5/2007 | online gestellt am 22.05.2007",
    ],
)
def test_online_since_is_the_publications_label(source: str) -> None:
    page = (
        f"<div id='inhalt'><p class='kopf'>Vertrieb</p><h1>Beratung per Video</h1>{TEXT}"
        f"<p class='quelle'>{source}</p></div><div id='spalte'><h3>Termine</h3>"
        "<p>Regionaltagung 21.06.2007</p></div>"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2007-05-22"
