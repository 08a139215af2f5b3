"""A heading's permalink mark after the headline (Jupyter's "anchor-link", Sphinx's
"headerlink": "¶") is no part of the title, nor does the headline become the lead (kind read
in dates_bl, issue 11, session 41)."""

from __future__ import annotations

import pytest
from extract_pages import extracted

URL = "https://notizen.kassenwart-elmsee.example/auswertung-geldautomaten.html"
TEXT = "".join(
    f"<p>Im {n}. Schritt zählt das Notizbuch die Geldautomaten je Gemeinde und vergleicht sie "
    "mit der Zahl der Einwohner, die im Umkreis von fünf Kilometern wohnen.</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    "mark",
    [
        "<a class='anchor-link' href='#geldautomaten'>¶</a>",
        "<a class='headerlink' href='#geldautomaten' title='Link to this heading'>¶</a>",
    ],
)
def test_the_permalink_mark_leaves_the_title(mark: str) -> None:
    found = extracted(f"<h1 id='geldautomaten'>Geldautomaten je Gemeinde{mark}</h1>{TEXT}", URL)
    assert (found["title"], found["lead"]) == ("Geldautomaten je Gemeinde", "")


def test_a_pilcrow_inside_the_headline_stays() -> None:
    found = extracted(f"<h1>Der ¶ im Kontoauszug erklärt</h1>{TEXT}", URL)
    assert found["title"] == "Der ¶ im Kontoauszug erklärt"
