"""The writer's greeting and signature closing a post leave the body's last line ("Eure
Sabine Lammers", "Herzliche Grüße" over "Johanna Eickhoff", a pair's "Eure A und B"), the
name still credits the text (round rb26, read on de_full38, de_full39, de_full46, de_full47;
judged on de_full49; the pair kept by the lead on the blind de_full50)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED

from newsarchive.extract.extraction import extract
from newsarchive.extract.signoffs import without_sign_off

URL = "https://tanzschule-wiesbrock.example/neues/preise.html"
TEXT = [
    "Ab dem neuen Kursjahr zahlt ihr die Beiträge nur noch per Lastschrift.",
    "Wer noch bar zahlt, bekommt im Büro ein Formular für das Mandat.",
    "Die Preise bleiben gleich, nur die Zehnerkarte wird um zwei Euro teurer.",
]


@pytest.mark.parametrize(
    "closing",
    [
        ["Eure Sabine Lammers"],
        ["Euer Vorstand"],
        ["Herzliche Grüße Ines Wallraff"],
        ["Herzliche Grüße, Ihre Claudia Brandes"],
        ["Herzliche Grüße", "Johanna Eickhoff"],
        ["Viele Grüße", "Eure Sabine"],
        ["Eure Sabine Lammers und Joel Okafor"],
    ],
)
def test_a_closing_signature_leaves(closing: list[str]) -> None:
    assert without_sign_off([*TEXT, *closing]) == TEXT


@pytest.mark.parametrize(
    "last",
    [
        "Wir freuen uns auf euch!",
        "Sabine Lammers",
        "Sabine Lammers und Joel Okafor",
        "Eure Meinung zählt: Schreibt uns, was ihr von den neuen Preisen haltet.",
    ],
)
def test_other_last_lines_stay(last: str) -> None:
    assert without_sign_off([*TEXT, last]) == [*TEXT, last]


def test_a_signature_alone_stays() -> None:
    assert without_sign_off(["Eure Sabine Lammers"]) == ["Eure Sabine Lammers"]


def test_the_signature_leaves_the_body_and_still_names_the_author() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    page = (
        "<html><head><meta charset='utf-8'><title>Neue Preise ab Januar</title></head><body>"
        f"<article><h1>Neue Preise ab Januar</h1>{paragraphs}<p>Eure Sabine Lammers</p>"
        "</article></body></html>"
    )
    article = extract(page.encode(), URL, fetched_at=FETCHED)
    assert article["body"].split("\n\n")[-1] == TEXT[-1]
    assert article["authors"] == ["Sabine Lammers"]
