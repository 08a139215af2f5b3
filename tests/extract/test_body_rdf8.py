"""Body rules from de_full8's and en_e's misses, judged on de_full9 and en_f (issue 11, round of
helper rdf8): the kinds of page part read there, each on small invented pages, with what
the rule must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://zeitung.example/wirtschaft/2026/03/12/sparkasse-kommentare/"
INTRO = "Die Sparkasse schließt sieben Filialen und antwortet auf jeden Kommentar auf Facebook."
TEXT = "".join(
    f"<p>Die Sparkasse erklärt in Absatz {n}, warum sie die Filialen schließt und wie "
    "Kundinnen und Kunden künftig Bargeld und Beratung bekommen sollen.</p>"
    for n in range(1, 5)
)


def _extract(html: str) -> dict[str, object]:
    return extract(page_with(html), URL, fetched_at=FETCHED)


@pytest.mark.parametrize(
    "under",
    [
        f'<p class="atc-IntroText">{INTRO}</p>',
        f'<div class="post-description">{INTRO}</div>',
        f'<p class="article-intro">{INTRO}</p>',
    ],
)
def test_an_intro_named_so_under_the_headline_is_the_lead(under: str) -> None:
    result = _extract(f"<main><article><h1>Sparkasse antwortet</h1>{under}{TEXT}</article></main>")
    assert result["lead"] == INTRO


def test_a_description_not_under_the_headline_is_no_lead() -> None:
    below = f'<div class="post-description">{INTRO}</div>'
    result = _extract(
        f"<main><article><h1>Sparkasse antwortet</h1>{TEXT}{below}</article></main>"
    )
    assert result["lead"] != INTRO
