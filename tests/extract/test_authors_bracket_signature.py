"""A closing signature with the writer's role in brackets, or opened by a dash, a tilde or
"Eure" ("Sandra Pietsch (Vorsitzende)", "– Uwe Quast (Kassenwart)", "Eure Sabine Oltrogge,
Vorsitzende", "~ Karl-Heinz Dröge, Sprecher"; kind read in aq, bg, bh, bi, bp, bq, bw and
de_full39, issue 11; the tilde in session 45, de_full165), names the writer of a post that
credits nobody but the site, on small invented pages; a list's item after a hyphen or a
dash ("- A, aus B") and an organisation are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.rolesign import role_signature

URL = "https://www.tsv-musterdorf.example/aktuelles/jahreshauptversammlung-2024.html"
TEXT = "".join(
    f"<p>Der Verein berichtet im {n}. Absatz über die Jahreshauptversammlung, die Wahlen "
    "zum Vorstand und die Pläne für das kommende Jahr im Vereinsheim.</p>"
    for n in range(1, 5)
)


def authors(signature: str) -> list[str]:
    """The authors of an invented club post closing with ``signature``."""
    html = page_with(
        "<header><a href='/'>TSV Musterdorf</a></header><main><article><h1>Jahreshaupt"
        f"versammlung 2024</h1>{TEXT}<p>Wir freuen uns auf euch beim nächsten Training.</p>"
        f"<p>{signature}</p></article></main><footer>TSV Musterdorf e.V.</footer>",
        "<title>Jahreshauptversammlung 2024 | TSV Musterdorf</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("Hedda Brinkmeier (Vorsitzende)", ["Hedda Brinkmeier"]),
        ("– Ulf Terborg (Kassenwart)", ["Ulf Terborg"]),
        ("Eure Hedda Brinkmeier (Schriftführerin)", ["Hedda Brinkmeier"]),
        ("Eure Hedda Brinkmeier, Vorsitzende", ["Hedda Brinkmeier"]),
        # a diary's tilde before the name and the role (session 45, read on de_full165)
        ("~ Karl-Heinz Dröge, Sprecher des Stadtteilbeirats", ["Karl-Heinz Dröge"]),
        ("-- ~ Hedda Brinkmeier (Vorsitzende)", ["Hedda Brinkmeier"]),
    ],
)
def test_bracketed_role_signature_names_the_writer(signature: str, expected: list[str]) -> None:
    assert authors(signature) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Ulf Terborg, aus Musterdorf",  # a list's item
        "– Ulf Terborg, aus Musterdorf",
        "Sparkasse Musterdorf (Hauptstelle)",  # no person
        "Wir sehen uns im Vereinsheim (ab 19 Uhr)",
    ],
)
def test_left_alone(line: str) -> None:
    assert role_signature(["Wir freuen uns auf euch beim nächsten Training.", line]) is None
