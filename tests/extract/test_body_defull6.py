"""Body rules from de_full5's misses, judged on de_full6 (issue 11): kinds of page part read
on de_full5, each on small invented pages or lines, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept

from newsarchive.extract.extraction import extract

URL = "https://zeitung.example/wirtschaft/bank-app-2026.html"
STANDFIRST = "Die Volksbank Musterstadt stellt ihre App um. Am ersten Tag ging einiges schief."
SUMMARY = (
    '<div class="key-summary"><p>Das Wichtigste in Kürze</p><ul><li>Die App ist neu.</li>'
    "<li>Ein Fehler legte sie lahm, ein Update soll helfen.</li></ul></div>"
)


def test_a_teaser_right_under_the_headline_is_the_lead_before_a_summary_box() -> None:
    top = f'<h1>Ärger mit der neuen Bank-App</h1><p class="article__teaser">{STANDFIRST}</p>'
    article = extract(article_page(top=top + SUMMARY), URL, fetched_at=FETCHED)
    assert article["lead"] == STANDFIRST


def test_a_teaser_elsewhere_is_no_lead() -> None:
    top = "<h1>Ärger mit der neuen Bank-App</h1><p>Von Anna Beispiel</p>"
    top += f'<p class="teaser">{STANDFIRST}</p>'
    article = extract(article_page(top=top), URL, fetched_at=FETCHED)
    assert article["lead"] != STANDFIRST


BACKGROUND = (
    "Bei einer Fusion öffentlich-rechtlicher Sparkassen müssen die Träger zustimmen, "
    "meist Kreise und Städte."
)


@pytest.mark.parametrize(
    "box",
    [
        f"<aside><h4>Hintergrund</h4><p>{BACKGROUND}</p></aside>",
        f'<aside class="infobox"><p class="label">Stichwort</p><p>{BACKGROUND}</p></aside>',
        f'<div class="fact-box"><h3>Hintergrund:</h3><p>{BACKGROUND}</p></div>',
        f'<div class="callout"><b>Hintergrund</b><br>{BACKGROUND}</div>',
    ],
)
def test_a_background_box_stays_its_label_leaves(box: str) -> None:
    body = extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"]
    assert BACKGROUND in body
    assert "Hintergrund" not in body
    assert "Stichwort" not in body


PORTRAIT = (
    "Anna Beispiel, 46, ist gelernte Bankkauffrau und seit 2021 Vorständin der Volksbank "
    "Musterstadt für Privatkunden und Digitales."
)


@pytest.mark.parametrize(
    "box",
    [
        f'<aside class="infobox"><p class="label">Zur Person</p><p>{PORTRAIT}</p></aside>',
        f'<div class="moneta-infobox"><h4>Zur Person</h4><p>{PORTRAIT}</p></div>',
        f"<div><h3>Zur Person:</h3><p>{PORTRAIT}</p></div>",
        f'<div class="kg-callout-text"><b><strong>Zur Person</strong></b><br>{PORTRAIT}</div>',
    ],
)
def test_a_person_box_leaves_with_its_label(box: str) -> None:
    body = extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"]
    assert "Anna Beispiel, 46" not in body
    assert "Zur Person" not in body
    assert "im 4. Absatz" in body


@pytest.mark.parametrize(
    "box",
    [
        f"<aside><h4>Mehr zum Thema</h4><p>{BACKGROUND}</p></aside>",
        f'<aside class="infobox"><p>{BACKGROUND}</p></aside>',
    ],
)
def test_other_asides_and_info_boxes_still_leave(box: str) -> None:
    body = extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"]
    assert BACKGROUND not in body


@pytest.mark.parametrize("label", ["Digital", "Geld & Recht", "Analysten-Einschätzung"])
def test_a_section_label_on_the_first_line_leaves(label: str) -> None:
    first = TEXT[0] + " Sie will dort jüngere Kundinnen erreichen."
    assert _kept([label, first, *TEXT[1:]]) == [first, *TEXT[1:]]


def test_a_short_first_line_over_a_short_line_or_later_stays() -> None:
    assert _kept(["Digital", "Ja.", *TEXT]) == ["Digital", "Ja.", *TEXT]
    first = TEXT[0] + " Sie will dort jüngere Kundinnen erreichen."
    assert _kept([first, "Ausblick", first]) == [first, "Ausblick", first]
    assert _kept(["Das gilt.", first]) == ["Das gilt.", first]


@pytest.mark.parametrize("label", ["Zum Spielplan", "Zur Startseite", "Mehr Videos"])
def test_a_label_on_the_last_line_leaves(label: str) -> None:
    last = TEXT[-1] + " Die Bank nennt noch keinen Termin dafür."
    assert _kept([*TEXT[:-1], last, label]) == [*TEXT[:-1], last]


def test_a_short_last_line_after_a_short_line_stays() -> None:
    assert _kept([*TEXT, "Ende"]) == [*TEXT, "Ende"]
