"""Body rules from de_full9's and en_f's misses, judged on de_full10 (issue 11): kinds of
page part read on de_full9, en_f and the dev pages, each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract.extraction import extract

URL = "https://bank.example/2026/04/vorstand-und-beitrag.html"
DIV_TEXT = [
    "Ein Beitrag auf LinkedIn sollte die Rückkehr ins Büro erklären, sie löste Streit aus.",
    "Ab Oktober sollen die Beschäftigten wieder an vier Tagen in der Woche im Büro arbeiten.",
]


def _post(divs: str) -> str:
    return (
        "<main><div class='post'><h3 class='post-title'>Der Vorstand und sein Beitrag</h3>"
        f"<div class='post-body'>{divs}{paragraphs('sie die Regeln ändert', 3)}</div>"
        "</div></main>"
    )


def _body(html: str) -> str:
    return str(extract(page_with(html), URL, fetched_at=FETCHED)["body"] or "")


def test_paragraphs_written_as_divs_among_paragraphs_stay() -> None:
    divs = "<div><br /></div>".join(
        f'<div style="text-align: justify;">{text}</div>' for text in DIV_TEXT
    )
    body = _body(_post(divs))
    assert all(text in body for text in DIV_TEXT)
    assert "im 3. Absatz" in body


def test_a_subheading_div_between_div_paragraphs_stays() -> None:
    divs = f"<div>{DIV_TEXT[0]}</div><div>Wer antwortet nachts?</div><div>{DIV_TEXT[1]}</div>"
    body = _body(_post(divs))
    assert "Wer antwortet nachts?" in body
    assert DIV_TEXT[1] in body


def test_a_short_div_label_beside_other_boxes_does_not_become_a_paragraph() -> None:
    html = _post(f"<div>{DIV_TEXT[0]}</div>").replace(
        "</div></div></main>",
        "<div class='share'><a href='/x'>E-Mail</a> <a href='/w'>WhatsApp</a></div>"
        "<div>Über den Autor</div><div class='person'><img src='/a.jpg'></div></div></div></main>",
    )
    body = _body(html)
    assert DIV_TEXT[0] in body
    assert "Über den Autor" not in body
