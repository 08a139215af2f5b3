"""English body rules from en_c's misses, judged on en_d (issue 11, second round): the
kinds of page part read on en_c (and en_a, en_b), each on small invented pages, with what
the rule must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

URL = "https://paper.example/business/2026/11/03/bank-tiktok/"
DEK = "Smaller lenders see the video platform as a cheap way to reach younger savers."
TEXT = "".join(
    f"<p>Kestrel Bank explains in paragraph {n} why it now posts short videos about "
    "budgeting several times a week and answers comments during office hours.</p>"
    for n in range(1, 5)
)


SENTENCE = "Kestrel Bank posts short videos about budgeting several times a week on TikTok."


def _lead(top: str) -> str:
    page = page_with(f"<main><article>{top}{TEXT}</article></main>")
    return str(extract(page, URL, fetched_at=FETCHED)["lead"])


@pytest.mark.parametrize(
    "top",
    [
        f'<h1 class="c-headline">Banks on TikTok</h1><h2 class="c-subheadline">{DEK}</h2>',
        f'<h1>Banks on TikTok</h1><p class="dek">{DEK}</p>',
        f'<div data-gu-name="headline"><h1>Banks on TikTok</h1></div>'
        f'<div data-gu-name="standfirst"><p>{DEK}</p></div>',
    ],
)
def test_a_sentence_right_under_the_headline_is_the_lead(top: str) -> None:
    assert _lead(top) == DEK


@pytest.mark.parametrize(
    "after",
    [
        "<p>By Anna Smith and Peter Vance, business reporters</p>",
        "<h2>How a small bank's video team went viral on TikTok</h2>",
        "<p>Tuesday, November 3, 2026 at 10:15 a.m. Eastern Time</p>",
    ],
)
def test_a_byline_date_or_second_headline_under_it_is_no_lead(after: str) -> None:
    assert _lead(f"<h1>Banks on TikTok</h1>{after}") == ""


def test_a_sentence_further_down_is_no_lead() -> None:
    top = f"<h1>Banks on TikTok</h1><p>By Anna Smith</p><p class='dek'>{DEK}</p>"
    assert _lead(top) == ""


POINTS = (
    "<li>Kestrel Bank answers disputes sent by direct message within one working day.</li>"
    "<li>Posts must be archived for at least three years under the regulator's rules.</li>"
)


def _body(box: str) -> str:
    first, rest = TEXT.split("</p>", 1)
    article = f"<h1>Banks on TikTok</h1>{first}</p>{box}{rest}"
    page = page_with(f"<main><article>{article}</article></main>")
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "box",
    [
        f'<aside class="KeyPoints_box__7hTqa"><h2>Key points</h2><ul>{POINTS}</ul></aside>',
        f'<div class="fact-box"><h4>By the numbers</h4><ul>{POINTS}</ul></div>',
        f"<aside><h3>Key takeaways</h3><ul>{POINTS}</ul></aside>",
    ],
)
def test_an_english_key_points_box_keeps_its_items_without_its_label(box: str) -> None:
    body = _body(box)
    assert "archived for at least three years" in body
    for label in ("Key points", "By the numbers", "takeaways"):
        assert label not in body


def test_a_fact_box_under_another_label_still_leaves() -> None:
    body = _body(f'<div class="fact-box"><h4>More stories</h4><ul>{POINTS}</ul></div>')
    assert "archived for at least three years" not in body


@pytest.mark.parametrize("label", ["At a glance", "Key findings", "Key points:"])
def test_an_english_box_label_alone_on_a_line_leaves(label: str) -> None:
    lines = [SENTENCE, label, "- Posts must be archived for three years.", SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == [lines[0], *lines[2:]]


def test_a_sentence_about_key_points_stays() -> None:
    lines = [SENTENCE, "Key points of the plan were set out by the board on Monday.", SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines
