"""A site builder's page whose text stands only in ``<div>`` blocks, one record each, with
no ``<p>`` on the page (issue 11, divtext ``_builder_blocks``, data/limits
``BUILDER_TEXT_SHARE``): the blocks read as paragraphs are retagged, so trafilatura's
precision mode keeps them beside the page's table and quote; small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract.divtext import div_paragraphs
from newsarchive.extract.extraction import extract
from newsarchive.extract.parsing import parse

URL = "https://www.messe-beispiel.example/news/kreditbank-ausbildung"
TEXTS = [
    "Die Kreditbank Wendelstadt stellt ihre Ausbildung in diesem Herbst auf der Messe vor.",
    "Am Stand beantworten Auszubildende aus dem zweiten Lehrjahr die Fragen der Besucher.",
    "Bewerbungen für das kommende Jahr nimmt die Bank ab sofort auf ihrer Website entgegen.",
]
TABLE = (
    "<table><tr><th>Angebot</th><th>Dauer</th></tr><tr><td>Bankkaufleute</td><td>3 Jahre</td>"
    "</tr><tr><td>Praktikum</td><td>2 Wochen</td></tr></table>"
)
QUOTE = "„Wer hier lernt, bleibt oft lange“, sagt Lene Voss, Leiterin der Ausbildung."


def _record(inner: str) -> str:
    inner = f"<div class='t-container'><div class='t-col'>{inner}</div></div>"
    return f"<div class='r t-rec'>{inner}</div>"


def _body(html: str) -> str:
    return str(extract(page_with(html), URL, fetched_at=FETCHED)["body"] or "")


def _builder_page(texts: list[str]) -> str:
    blocks = [_record(f"<div class='t-text' field='text'>{text}</div>") for text in texts]
    return (
        "<div id='allrecords'>"
        + _record("<h1 class='t-title'>Kreditbank zeigt ihre Ausbildung</h1>")
        + blocks[0]
        + _record(TABLE)
        + "".join(blocks[1:])
        + _record(f"<blockquote class='t-text'>{QUOTE}</blockquote>")
        + "</div>"
    )


def test_text_blocks_of_a_builder_page_stay_beside_its_table_and_quote() -> None:
    body = _body(_builder_page(TEXTS))
    assert all(text in body for text in TEXTS)
    assert QUOTE in body


def test_a_quote_and_a_login_note_beside_a_post_of_other_tags_stay_divs() -> None:
    # a forum post: its text a container of lists and quotes, two small sentence divs
    # beside it (the quote's content, a login note) hold little of the page's text
    post = (
        "<article class='message'><div class='bbWrapper'>"
        + "<br><br>".join(TEXTS * 3)
        + "<ul><li>Karten</li><li>Termine</li></ul>"
        + f"<blockquote><div class='quote-content'>{QUOTE}</div></blockquote></div></article>"
        + "<div class='block-outer'>Du musst dich anmelden, um hier zu antworten.</div>"
    )
    tree = parse(page_with(post).decode())
    div_paragraphs(tree)
    assert {div.get("class") for div in tree.iter("div")} >= {"quote-content", "block-outer"}


def test_a_builder_page_with_one_text_block_is_left_alone() -> None:
    tree = parse(page_with(_builder_page(TEXTS[:1])).decode())
    div_paragraphs(tree)
    assert not list(tree.iter("p"))
