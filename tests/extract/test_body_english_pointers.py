"""English body rules from en_g's and en_h's misses, judged on en_i (issue 11): a pointer to
other articles set into or under an English text leaves, on small invented lines and a
page, with the sentences that open like one left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Kestrel Bank now answers account questions by private message on three social apps."
URL = "https://ledger.example/banking/2026/11/03/kestrel-replies/"


@pytest.mark.parametrize(
    "pointer",
    [
        "MORE: Card fees rise at three regional lenders",
        "READ MORE Card fees rise at three regional lenders",
        "ALSO READ: Why banks answer on TikTok",
        "Related Items",
        "Related links",
        "More articles",
        "Most popular",
        "Recommended",
        "Trending now",
        "Read more",
        "Continue reading…",
    ],
)
def test_an_english_pointer_to_other_articles_leaves(pointer: str) -> None:
    lines = [SENTENCE, pointer, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "sentence",
    [
        "More: the bank will also answer questions on Threads from next year.",
        "Read more about the fees in the bank's annual report, the regulator advised.",
        "More articles about impostor accounts appeared after the bank's warning.",
        "Most popular among younger savers were the short videos about budgeting.",
        "MORE THAN 200 customers wrote to the bank on its first day on the app.",
    ],
)
def test_an_english_sentence_opening_like_a_pointer_stays(sentence: str) -> None:
    lines = [SENTENCE, sentence, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines


def test_a_pointer_in_a_page_leaves_and_the_text_stays() -> None:
    text = "".join(
        f"<p>Kestrel Bank explains in paragraph {n} why its staff now answer account "
        "questions in public and how long a reply takes on each of the apps.</p>"
        for n in range(1, 5)
    )
    pointer = '<p class="teaser"><strong>READ MORE</strong> <a>Card fees rise again</a></p>'
    page = page_with(
        f"<main><article><h1>Kestrel replies</h1>{text}{pointer}{text}</article></main>"
    )
    body = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "READ MORE" not in body
    assert "Card fees rise again" not in body
    assert body.count("Kestrel Bank explains in paragraph 4") == 2
