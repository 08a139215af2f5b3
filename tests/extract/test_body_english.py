"""The English body rules: what English news and blog pages print around the text (read-more
pointers, ad labels, copyright and credit lines, a wire's sign-off, skip-linked newsletter
promotions, signup cards, a press release's contact block, English date stamps). Each rule
on small invented lines or pages, and the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

URL = "https://paper.example/business/2026/11/03/bank-tiktok/"
TEXT = [
    "Kestrel Bank has quietly become one of the most active lenders on TikTok, posting short "
    "videos about budgeting several times a week.",
    "A team of twelve staff members writes the posts and answers comments during office hours.",
    "The bank plans to review the results at the end of the year before adding a channel.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "line",
    [
        "Also Read: Mortgage rates edge lower for third straight week",
        "Read more: Five questions to ask before opening a savings account",
        "Related: Card fraud losses rise despite new security checks",
        "See also the bank's annual report",
        "You may also like",
        "- Advertisement -",
        "ADVERTISEMENT",
        "SKIP ADVERTISEMENT",
        "Sponsored",
        "Follow us on Google News for the latest banking stories.",
        "Sign up to Business Today",
        "Subscribe now for unlimited access",
        "Our Standards: The Wire Trust Principles.",
        "News provided by Kestrel Bank",
        "Copyright 2026 The Wire Service. All rights reserved. This material may not be published.",
        "Photograph: Jane Roe/Picture Desk",
        "Share this article",
    ],
)
def test_english_promo_pointer_and_credit_lines_leave(line: str) -> None:
    assert _kept([TEXT[0], line, *TEXT[1:]]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Shares of the bank rose 3 percent on Tuesday.",
        "Related parties hold about a tenth of the bank's stock.",
        "Advertisement spending by lenders rose again this year.",
        "Most readers of the survey had never used a bank's TikTok.",
        "More from the survey: two thirds of members want replies within an hour.",
    ],
)
def test_english_sentences_that_look_alike_stay(line: str) -> None:
    assert line in _kept([TEXT[0], line, *TEXT[1:]])


@pytest.mark.parametrize(
    "line",
    [
        "A customer uses a banking app outside a branch, Oct. 14, 2026. (AP Photo/Jenny Kwan)",
        "Staff at a call centre in Leeds. Photograph: Chris Thomas",
    ],
)
def test_english_caption_with_a_photo_credit_leaves(line: str) -> None:
    assert _kept([TEXT[0], line, *TEXT[1:]]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Iain Forbes in London; Editing by Keith Lambert",
        "(Additional reporting by Sara Linden; Writing by Paul Harding)",
    ],
)
def test_a_wire_sign_off_closing_the_text_leaves(line: str) -> None:
    assert _kept([*TEXT, line]) == TEXT


def test_reporting_by_inside_the_text_stays() -> None:
    line = "Reporting by local newspapers suggested the branch would close, which the bank denied"
    assert line in _kept([line, *TEXT])


def test_a_skip_linked_newsletter_promotion_leaves_whole() -> None:
    promo = [
        "skip past newsletter promotion",
        "Get set for the working day with the business news you need every morning",
        "Privacy Notice: Newsletters may contain info about charities.",
        "after newsletter promotion",
    ]
    assert _kept([TEXT[0], *promo, *TEXT[1:]]) == TEXT


def test_a_skip_link_without_its_end_takes_only_itself() -> None:
    assert _kept([TEXT[0], "skip past newsletter promotion", *TEXT[1:]]) == TEXT


@pytest.mark.parametrize(
    "heading", ["Media Contact:", "Press contacts", "Investor Relations Contact:"]
)
def test_a_press_release_contact_block_closes_the_text(heading: str) -> None:
    text = [*TEXT, *TEXT[:2]]
    lines = [*text, heading, "Jordan Ellis", "press@kestrel.example", "SOURCE Kestrel Bank"]
    assert _kept(lines) == text


def test_a_contact_sentence_stays() -> None:
    line = "Contact with customers now runs mostly through the app and TikTok, the bank said."
    assert line in _kept([*TEXT, line])


@pytest.mark.parametrize(
    "stamp",
    ["March 12, 2024, 08:30 ET", "Published Nov. 3, 2026 at 9:14 a.m. EST", "3 November 2026"],
)
def test_an_english_date_stamp_at_the_top_leaves(stamp: str) -> None:
    assert _kept([stamp, *TEXT]) == TEXT


def test_a_sentence_starting_with_a_date_stays() -> None:
    line = "March 12, 2024 was the day the bank posted its first video on TikTok."
    assert line in _kept([line, *TEXT])


def test_this_article_originally_appeared_is_the_source() -> None:
    kept, source = clean_lines(
        [*TEXT, "This article originally appeared on Money and Machines."], "", "", SiteRules()
    )
    assert kept == TEXT
    assert source == "Money and Machines"


@pytest.mark.parametrize("cls", ["kg-card kg-signup-card", "newsletter-inline", "subscribe-box"])
def test_signup_cards_in_the_text_leave(cls: str) -> None:
    card = (
        f'<div class="{cls}"><h2>Join Slow Money</h2><p>Weekly notes on money and the internet. '
        "No spam, unsubscribe any time.</p></div>"
    )
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    page = page_with(f"<article><h1>Banking on TikTok</h1>{paras[:300]}{card}{paras}</article>")
    body = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "twelve staff members" in body
    assert "unsubscribe" not in body


def test_a_subscriber_section_named_otherwise_stays() -> None:
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    extra = (
        '<div class="subscriber-content"><p>The fourth paragraph on the bank and TikTok.</p></div>'
    )
    page = page_with(f"<article><h1>Banking on TikTok</h1>{paras}{extra}</article>")
    assert "fourth paragraph" in str(extract(page, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "line",
    [
        "Written by Marketing Team | Feb 3, 2026",
        "By Megan Hale | October 19, 2026",
        "Posted by Ada Finch on 11 June 2026",
        "Business reporter",
        "Senior correspondent",
    ],
)
def test_an_english_byline_with_its_date_or_a_role_leaves_the_top(line: str) -> None:
    assert _kept([line, *TEXT]) == TEXT


def test_a_first_sentence_by_someone_stays() -> None:
    line = "By March 2026, Kestrel Bank had answered more questions on TikTok than by phone."
    assert line in _kept([line, *TEXT])


def _page(extra: str) -> str:
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    page = page_with(f"<article><h1>Banking on TikTok</h1>{paras}{extra}</article>")
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize("heading", ["Related topics", "More on this story", "Topics:"])
def test_a_topic_list_after_the_text_leaves_with_its_heading(heading: str) -> None:
    body = _page(f"<h2>{heading}</h2><ul><li>Banking and lending</li><li>Social media</li></ul>")
    assert "twelve staff members" in body
    assert heading not in body
    assert "Social media" not in body


def test_a_list_under_another_heading_stays() -> None:
    body = _page(
        "<h2>What the bank posts</h2><ul><li>Budgeting tips</li><li>Fraud alerts</li></ul>"
    )
    assert "Fraud alerts" in body


@pytest.mark.parametrize(
    # (a theme's call to action after the text: Ghost's "gh-cta gh-canvas"; session 46)
    "cls",
    ["hs-cta-wrapper", "cta-box", "blog-subscribe", "subscribe", "gh-cta gh-canvas", "post-cta"],
)
def test_calls_to_action_and_subscribe_boxes_leave(cls: str) -> None:
    box = (
        f'<div class="{cls}"><p>Download our free social media playbook for banks today.</p></div>'
    )
    body = _page(box)
    assert "twelve staff members" in body
    assert "playbook" not in body


def test_a_part_named_cta_alone_stays() -> None:
    body = _page('<div class="cta-description"><p>The fourth paragraph on the bank.</p></div>')
    assert "fourth paragraph" in body
