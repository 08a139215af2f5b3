"""A page builder's story (every block a "widget" of one class, the headline's too: half
BA's kind, issue 11): the credit line in a block of the headline's class is the article's,
read like any closing credit; a block of another class stays a part, on small invented
pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://story.bank-elbtal.example/dorfladen"
BLOCK = "<div class='pb-widget pb-text'>{}</div>"
TEXT = "".join(
    BLOCK.format(
        f"<p>Im {n}. Jahr nach dem Umbau kommen mehr Kundinnen in die kleine Filiale: Sie "
        "fragen nach dem Girokonto, nach Überweisungen am Automaten und nach der App.</p>"
    )
    for n in range(2, 7)
)


def authors(credit_class: str) -> list[str]:
    credit = f"<div class='{credit_class}'><p>Text: Anke Sievers · Fotos: Jörn Lütje</p></div>"
    html = page_with(
        f"<div class='pb-story'>{BLOCK.format('<h1>Zwischen Deich und Dorfladen</h1>')}"
        f"{TEXT}{credit}<div class='pb-widget pb-link'><a>Tagesgeld im Vergleich</a></div></div>",
        "<title>Zwischen Deich und Dorfladen</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def test_credit_in_a_block_of_the_headlines_class() -> None:
    assert authors("pb-widget pb-text") == ["Anke Sievers"]


def test_credit_in_a_block_of_another_class() -> None:
    assert authors("pb-widget pb-link") == []
