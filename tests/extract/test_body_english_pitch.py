"""English body rules from en_a-en_f's misses, judged on en_g and en_h (issue 11): the
publisher's pitch lines (newsletter, subscription, app, tip line, sponsor's label) on small
invented lines and pages, with the sentences about the same things that must stay."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

URL = "https://paper.example/business/2026/11/03/bank-chat-support/"
SENTENCE = "Kestrel Bank now answers account questions by private message on three social apps."
TEXT = "".join(
    f"<p>Kestrel Bank explains in paragraph {n} why it moved account questions from public "
    "replies to private messages and how long customers now wait for an answer.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    "pitch",
    [
        "Get the Evening Teller in your inbox. Free, every weekday.",
        "Get local business news delivered to your inbox!",
        "The Money Desk newsletter brings you the week's banking stories. Sign up today.",
        "Get unlimited digital access for $2 a week. Cancel anytime.",
        "Already a subscriber? Sign in.",
        "Download the Harbour Times app for the latest market news.",
        "(Catch all the Banking News and Latest Updates on Harbour Times.)",
        "Got a news tip? Email our newsroom.",
        "Presented by Northgate Capital",
        "In partnership with Fernhill Pay",
    ],
)
def test_an_english_pitch_line_leaves(pitch: str) -> None:
    lines = [SENTENCE, pitch, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Customers get a warning in their inbox when a new payee is added to the account.",
        "The bank's newsletter reached 40,000 members last year, the report says.",
        "Download figures for the app rose by a third after the campaign on TikTok.",
        "A tip from a customer led the bank to an impostor account on Instagram.",
        "Together with two other lenders, the bank funds a shared moderation team on the apps.",
        "Presented by the chief executive, the plan moves support to private messages.",
        "Already the bank answers most complaints within an hour, the regulator said.",
    ],
)
def test_a_sentence_about_the_same_things_stays(sentence: str) -> None:
    lines = [SENTENCE, sentence, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines


def test_a_pitch_under_an_article_leaves_the_body() -> None:
    pitch = (
        "<p><em>The Business Desk newsletter delivers the day's banking stories. "
        "<a>Sign up to get it every weekday morning.</a></em></p>"
    )
    page = page_with(
        f"<main><article><h1>Banks move to private chat</h1>{TEXT}{pitch}</article></main>"
    )
    body = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "paragraph 4" in body
    assert "newsletter" not in body
