"""The paired author label of gender-fair German ("Autorinnen und Autoren:", "Autorin/Autor:";
half AL's kind, issue 11) leads a byline like "Autoren:", on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.publikationen.example/institut-finanzbildung/studie-geld-im-netz"
TEXT = "".join(
    f"<p>Im {n}. Teil der Studie fragen wir, wie junge Menschen in sozialen Netzwerken über "
    "Geld, Konten und Kredite sprechen und wem sie dabei vertrauen.</p>"
    for n in range(1, 5)
)


def authors(line: str) -> list[str]:
    html = page_with(
        "<section class='doc-info'><h1 class='doc-title'>Studie: Geld im Netz</h1>"
        f"<p class='published'>Veröffentlicht am 17. Juni 2025</p><div class='description'>"
        f"<p class='doc-credits'>{line}</p>{TEXT}</div></section>",
        "<title>Studie: Geld im Netz</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autorinnen und Autoren: Lea Sommerfeld, Arne Vogt", ["Lea Sommerfeld", "Arne Vogt"]),
        ("Autorin/Autor: Lea Sommerfeld", ["Lea Sommerfeld"]),
        ("Autorinnen und Autoren des Instituts", []),
    ],
)
def test_paired_author_label(line: str, expected: list[str]) -> None:
    assert authors(line) == expected
