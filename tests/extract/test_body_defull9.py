"""Body rules from de_full9's and en_f's misses, judged on de_full10 (issue 11): kinds of
page part read on de_full9, en_f and the dev pages, each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract

URL = "https://www.stadt.example/aktuelles/pressemitteilungen/warnung.html"
POINT = "Auf Instagram werben Kriminelle Jugendliche als Finanzagenten an."


def _body(tail: str) -> str:
    return str(extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"] or "")


def test_an_at_a_glance_box_keeps_its_points_without_its_label() -> None:
    box = (
        "<div class='infobox'><p><strong>Auf einen Blick</strong></p>"
        f"<ul><li>{POINT}</li><li>Die Sparkasse hat Dutzende Konten junger Kunden gesperrt.</li>"
        "</ul></div>"
    )
    body = _body(box)
    assert POINT in body
    assert "Auf einen Blick" not in body


def test_an_info_box_with_another_label_still_leaves() -> None:
    box = f"<div class='infobox'><p><strong>Anzeige</strong></p><ul><li>{POINT}</li></ul></div>"
    assert POINT not in _body(box)
