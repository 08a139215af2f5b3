"""Body rules from de_full15's misses, judged on de_full16 to de_full18 (issue 11): kinds of
page part read on de_full15 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract

URL = "https://bankbrief.example/archiv/2026/filialen.html"


@pytest.mark.parametrize(
    "row",
    [
        "Zurück zur Ausgabe | Nächster Beitrag &gt;&gt;",
        "« Vorheriger Artikel · Nächster Artikel »",
        "&lt;&lt; zurück | weiter &gt;&gt;",
    ],
)
def test_a_pagers_row_under_the_text_leaves(row: str) -> None:
    body = extract(article_page(tail=f"<p>{row}</p>"), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert "Nächster" not in body
    assert "weiter" not in body.lower().split()


def test_a_row_whose_items_are_not_all_pager_links_stays() -> None:
    tail = "<p>Zurück zur Normalität | Die Bank baut um</p>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "Zurück zur Normalität | Die Bank baut um" in body


def test_a_byline_under_the_standfirst_and_a_closing_date_line_leave() -> None:
    top = (
        "<p>Banken &gt; Sparkassen</p><h1>Volksbank Musterstadt setzt auf Instagram</h1>"
        "<p><b>Die Volksbank Musterstadt ist jetzt auf Instagram. Sie will jüngere Kunden "
        "erreichen.</b></p><p>Von Gunnar Weßling</p>"
    )
    tail = "<p>17.10.2000, 18:40 Uhr</p><p>© Musterverlag 2000. Alle Rechte vorbehalten.</p>"
    body = extract(article_page(top=top, tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert "Weßling" not in body
    assert "18:40" not in body
