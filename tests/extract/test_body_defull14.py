"""Body rules from de_full14's misses, judged on de_full15 (issue 11): kinds of markup read
on de_full14, each on small invented pages, with the text it must leave alone."""

from __future__ import annotations

from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kreisblatt.example/wirtschaft/art12,3456.html"
LEAD = (
    "Die Volksbank Musterstadt will mit ihrer Nachbarbank zusammengehen. Die "
    "Vertreterversammlung soll im Frühjahr über die Fusion abstimmen."
)


def _page(cls: str) -> bytes:
    return page_with(
        "<div class='artikel'><h1>Volksbank will fusionieren</h1>"
        f"<p class='{cls}'><b>{LEAD}</b></p>"
        "<div class='bild'><img src='/b.jpg' alt=''><div class='bildunterschrift'>Die "
        "Hauptstelle. Foto: Archiv</div></div>"
        f"<div class='text'>{ARTICLE}</div></div>"
    )


def test_a_vorspann_in_bold_is_the_lead() -> None:
    result = extract(_page("vorspann"), URL, fetched_at=FETCHED)
    text = f"{result['lead'] or ''}\n{result['body']}"
    assert "Vertreterversammlung soll im Frühjahr" in text
    assert "im 4. Absatz" in text
