"""An explainer box's label glued to its paragraph ("Praxishinweis: Banken müssen …", "Mein
Tipp:", "Am Rande:", "Übrigens:"): the label leaves, the box's text stays (round rb26, read on
de_full47 and the older de_full sets). Labels the truth keeps ("Nachtrag:", "Korrektur:", a
speaker's name, a plain "Hinweis:" as real pages write it) stay."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page, kept_lines

from newsarchive.extract.extraction import extract

URL = "https://bank.example/aktuelles/echtzeit.html"
TEXT = [
    "Die Volksbank Wiesbrock bietet ihren Kunden jetzt Überweisungen in Echtzeit an.",
    "Vereine nutzen die Funktion schon für Beiträge und Startgelder, sagt die Bank.",
    "Voraussetzung ist, dass auch der Empfänger bei einer teilnehmenden Bank angemeldet ist.",
]
BOX = "Eine Echtzeitüberweisung kommt innerhalb von Sekunden an, auch am Wochenende."


@pytest.mark.parametrize(
    "label",
    [
        "Praxishinweis:",
        "Hinweis des Beraters:",
        "Erläuterung:",
        "Am Rande:",
        "Zur Sache:",
        "Zur Einordnung:",
        "Übrigens:",
        "Gut zu wissen:",
        "P.S.:",
    ],
)
def test_an_explainer_boxs_label_leaves_its_text_stays(label: str) -> None:
    assert kept_lines([*TEXT[:2], f"{label} {BOX}", TEXT[2]]) == [*TEXT[:2], BOX, TEXT[2]]


@pytest.mark.parametrize(
    "line",
    [
        f"Nachtrag: {BOX}",
        f"Korrektur: {BOX}",
        f"Hinweis: {BOX}",
        f"Tipps: {BOX}",
        f"Wichtige Frage: {BOX}",
        f"Tegtmeier: {BOX}",
        # an advice label in the line's text: the sentence's own (see below for a bold one)
        f"Mein Tipp: {BOX}",
        f"Wichtig: {BOX}",
    ],
)
def test_other_labels_stay(line: str) -> None:
    assert kept_lines([*TEXT, line]) == [*TEXT, line]


def test_a_bold_label_in_a_box_leaves_on_a_page() -> None:
    box = f'<div class="praxishinweis"><b>Praxishinweis:</b> {BOX}</div>'
    article = extract(article_page(tail=box), URL, fetched_at=FETCHED)
    assert article["body"].split("\n\n")[-1] == BOX


@pytest.mark.parametrize(
    "block",
    [
        f"<p><strong>Mein Tipp:</strong> {BOX}</p>",
        f"<p><b>Unser Tipp</b>: {BOX}</p>",
        f"<p><em>Tipp:</em> {BOX}</p>",
        f"<p><strong>WICHTIG:</strong> {BOX}</p>",
        f'<div style="border: 1px solid"><span style="font-weight: bold;">Wichtig:</span> '
        f"{BOX}</div>",
        f'<span class="postbody"><b>Wichtig:</b> {BOX}</span>',
    ],
)
def test_a_bold_advice_label_leaves_its_text_stays(block: str) -> None:
    """Set in bold the advice label is the box's; in plain text ("<p>Wichtig: …") the
    sentence's own (session 32: 23 set pages drop the bold one, five writers keep the plain)."""
    article = extract(article_page(tail=block), URL, fetched_at=FETCHED)
    assert article["body"].split("\n\n")[-1] == BOX


@pytest.mark.parametrize(
    "block",
    [
        f"<p>Mein Tipp: {BOX}</p>",
        f"<p>Wichtig: {BOX}</p>",
        # bold, but not opening its block, or no advice label
        f"<p>Ganz <b>wichtig:</b> {BOX}</p>",
        f"<p><b>Tipps für Vereine:</b> {BOX}</p>",
    ],
)
def test_a_plain_or_inner_advice_label_stays(block: str) -> None:
    article = extract(article_page(tail=block), URL, fetched_at=FETCHED)
    last = article["body"].split("\n\n")[-1]
    assert last != BOX
    assert last.endswith(BOX)
