"""Body rules from de_full9's and en_f's misses, judged on de_full10 (issue 11): kinds of
page part read on de_full9, en_f and the dev pages, each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract

URL = "https://blog.bank.example/konto-schuetzen"
BIO = "Carla schreibt im Blog über Sicherheit, Geld und alles rund ums Konto."


def _body(tail: str) -> str:
    return str(extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"] or "")


def test_the_writers_card_under_a_post_leaves() -> None:
    body = _body(f"<div class='blog-author-card'><p><b>Carla Wiegmann</b></p><p>{BIO}</p></div>")
    assert BIO not in body
    assert "im 4. Absatz" in body


def test_a_card_of_another_kind_stays() -> None:
    assert BIO in _body(f"<div class='card'><p>{BIO}</p></div>")
