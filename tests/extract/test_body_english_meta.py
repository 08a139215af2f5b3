"""English body rule from en_e's, en_i's, en_j's and en_k's misses, judged on en_n (issue 11):
a post's meta line under an English text (its tags, counters or mood) leaves, on small
invented lines and a page, with the sentences and lines higher up that open like one left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Kestrel Bank now answers account questions by private message on three social apps."
URL = "https://community.example/profiles/blogs/kestrel-replies"


@pytest.mark.parametrize(
    "meta",
    [
        "Tags: banks, social media, customer service",
        "Labels: fees, complaints",
        "Filed under: Retail banking",
        "Channels: Payments, Social media, Fraud",
        "Views: 318",
        "Reactions: moneywren, Tomas_K and 88 others",
        "Current Mood: tired",
        "Current Music: a podcast about savings",
    ],
)
def test_a_meta_line_under_an_english_text_leaves(meta: str) -> None:
    lines = [SENTENCE, SENTENCE, meta]
    assert clean_lines(lines, "", "", SiteRules())[0] == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Views: the bank expects more questions on its app than by phone this winter.",
        "Tags: customers can label their own payments, the bank said. It wants more of that.",
    ],
)
def test_a_sentence_opening_like_a_meta_line_stays(line: str) -> None:
    lines = [SENTENCE, SENTENCE, line]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines


def test_a_meta_line_higher_up_stays() -> None:
    lines = [SENTENCE, "Views: 318", SENTENCE, SENTENCE, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines


def test_a_post_s_tags_and_counter_leave_the_page() -> None:
    text = "".join(
        f"<p>Kestrel Bank explains in paragraph {n} why its staff now answer account "
        "questions in public and how long a reply takes on each of the apps.</p>"
        for n in range(1, 5)
    )
    meta = "<p>Tags: banks, social media</p><p>Views: 318</p>"
    page = page_with(f"<main><article><h1>Kestrel replies</h1>{text}{meta}</article></main>")
    body = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "Tags:" not in body
    assert "Views: 318" not in body
    assert "Kestrel Bank explains in paragraph 4" in body
