"""A paragraph of three sentences or more that opens with a promo's words ("Mehr dazu gibt
es beim nächsten Mal. …") is the text's own paragraph and kept; a short promo ("Mehr dazu:
…", "Lesen Sie auch …") and a consent banner stay dropped
(:func:`~newsarchive.extract.proselines.is_prose_paragraph`; kind read in ba, be, issue 11).
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.proselines import is_prose_paragraph

URL = "https://www.azubi-sparkasse.example/blog/ausgabe7.html"
HEADLINE = "Unsere erste Woche in der Filiale"
SENTENCES = [
    f"In Woche Nummer {n} haben wir am Schalter, im Kreditbüro und in der Beratung gelernt."
    for n in range(1, 5)
]


def body(closing: str) -> str:
    """The body of an invented blog post whose text ends with ``closing``."""
    text = "".join(f"<p>{s}</p>" for s in SENTENCES) + f"<p>{closing}</p>"
    html = page_with(
        f"<article><h1>{HEADLINE}</h1><div class='entry'>{text}</div></article>",
        f"<title>{HEADLINE}</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "closing",
    [
        "Mehr dazu gibt es beim nächsten Mal. Für die meisten ändert sich nichts. "
        "Gut 800 Menschen haben sich das schon angesehen.",
        "Mehr dazu in der nächsten Ausgabe. Wann es losgeht, ist offen. "
        "Der Vorschlag wurde einstimmig angenommen.",
    ],
)
def test_prose_paragraph_kept(closing: str) -> None:
    assert closing in body(closing)


@pytest.mark.parametrize(
    "closing",
    [
        "Mehr dazu: Die Filiale in Lüneburg schließt im Mai",
        "Lesen Sie auch: Neue Azubis starten. Die Ausbildung beginnt. Alles über den Start.",
        "Wir verwenden Cookies. Einige sind notwendig. Andere helfen uns, die Seite zu verbessern.",
        "Mehr dazu gibt es hier.",
    ],
)
def test_promo_dropped(closing: str) -> None:
    assert closing not in body(closing)
    assert not is_prose_paragraph(closing)
