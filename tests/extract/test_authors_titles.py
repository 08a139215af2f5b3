"""An academic title before the name in a byline ("Autorin: Dr. Name, Leiterin …", "von
<a>Prof. Dr. Name</a>"; L's, M's and N's kind, issue 11, judged on half W): the byline is
read, the title kept with the name; the cases left alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://fachblatt-zahlungsverkehr.example/2026/echtzeit/"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben die Sparkassen und Volksbanken ihre Systeme auf "
    "Echtzeitüberweisungen umgestellt; die Kosten dafür tragen vor allem kleine Institute.</p>"
    for n in range(1, 6)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        f"<article><h1>Echtzeitüberweisungen: Was sie kosten</h1><div class='meta'>{byline}"
        f"</div>{TEXT}</article>",
        "<title>Echtzeitüberweisungen: Was sie kosten</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Autorin: Dr. Marit Olsen, Leiterin Faktencheck · 10.02.2026", ["Dr. Marit Olsen"]),
        ("Autor: Prof. Dr. Jan Roth · 02.03.2026", ["Prof. Dr. Jan Roth"]),
        ("Text: Dr. med. Eva Bott", ["Dr. med. Eva Bott"]),
        (
            "<span>von <a href='/author/jroth'>Dr. Jan Roth</a></span> — 28.01.2026",
            ["Dr. Jan Roth"],
        ),
        # a title before a surname alone, or before no name: nobody
        ("Autor: Dr. Roth · 02.03.2026", []),
        ("Autor: Dr. med · 02.03.2026", []),
    ],
)
def test_titled_byline(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
