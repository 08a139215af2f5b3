"""A one-word role after a name in a byline ("Von A, Kassenwart", "A, Vorstandsmitglied",
"A, Gründer & CEO", "A und B, Rechtsanwälte"; data.TRAILING_ROLE_ENDINGS) is no name, on
small invented pages; a second person after the comma stays, also one called "Stewart"."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.turnverein-musterdorf.example/aktuelles/jahreshauptversammlung.html"
TEXT = "".join(
    f"<p>Der Verein berichtet im {n}. Absatz über die Versammlung, die Kasse und die Pläne "
    "für das kommende Vereinsjahr mit neuen Kursen und Terminen.</p>"
    for n in range(1, 6)
)


def authors(byline: str) -> list[str]:
    """The authors of an invented club page with ``byline`` under its headline."""
    html = page_with(
        "<header><a href='/'>Turnverein Musterdorf</a></header><main><h1>Versammlung im "
        f"Frühjahr</h1><article><p class='byline'>{byline}</p><section>{TEXT}</section>"
        "</article></main><footer>Turnverein Musterdorf</footer>",
        "<title>Versammlung im Frühjahr</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Gerrit Ollmann, Kassenwart", ["Gerrit Ollmann"]),
        ("Von Wiebke Sander, Vorstandsmitglied", ["Wiebke Sander"]),
        ("Von Timo Rasche, Gründer &amp; CEO", ["Timo Rasche"]),
        ("Von Ilse Borchers, Finanzcoach", ["Ilse Borchers"]),
        ("Von Ilse Borchers und Jan Wulf, Rechtsanwälte", ["Ilse Borchers", "Jan Wulf"]),
        # guards: a second person stays
        ("Von Ilse Borchers und Jan Wulf", ["Ilse Borchers", "Jan Wulf"]),
        ("Von Ilse Borchers, Stewart Hale", ["Ilse Borchers", "Stewart Hale"]),
    ],
)
def test_trailing_role_after_name(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Lena Tamm, Pressewartin", ["Lena Tamm"]),
        ("Lena Tamm, COO", ["Lena Tamm"]),
        ("Lena Tamm, Mitgründerin", ["Lena Tamm"]),
        ("Lena Tamm, Schatzmeisterin", ["Lena Tamm"]),
        ("Lena Tamm, Inhaberin", ["Lena Tamm"]),
        ("Lena Tamm, Founder", ["Lena Tamm"]),
        ("Lena Tamm, Co-Host", ["Lena Tamm"]),
        ("Lena Tamm, Stewart Hale", ["Lena Tamm", "Stewart Hale"]),
    ],
)
def test_split_authors_trailing_role(raw: str, names: list[str]) -> None:
    assert split_authors([raw])[0] == names
