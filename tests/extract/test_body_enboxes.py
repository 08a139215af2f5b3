"""English body rules read on en_d's misses: a summary box of points that is no lead (main's
``_holds_points`` rule now), tables of contents. Each rule on small invented lines or
pages, and the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

URL = "https://magazine.example/2026/12/bank-creators/"
TEXT = [
    "Kestrel Bank has quietly become one of the most active lenders on TikTok, posting short "
    "videos about budgeting several times a week.",
    "A team of twelve staff members writes the posts and answers comments during office hours.",
    "The bank plans to review the results at the end of the year before adding a channel.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


def _page(inner: str, head: str = "") -> dict[str, object]:
    return extract(
        page_with(f"<main><article>{inner}</article></main>", head), URL, fetched_at=FETCHED
    )


def test_a_summary_box_of_points_is_no_lead_its_points_stay_once() -> None:
    box = (
        '<div class="summary-box"><ul><li>No customer data is shared with the platform.</li>'
        "<li>Fake support accounts rose by about a third this year.</li></ul></div>"
    )
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    result = _page(f"<h1>Credit unions struggle</h1><div class='article-body'>{box}{paras}</div>")
    text = f"{result['lead']}\n{result['body']}"
    assert text.count("Fake support accounts") == 1
    assert "platform.Fake" not in text


def test_a_summary_paragraph_is_still_the_lead() -> None:
    summary = "New research tracks how customers respond to banks that post short videos."
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    result = _page(f'<h1>Do bank videos build trust?</h1><p class="summary">{summary}</p>{paras}')
    assert result["lead"] == summary


@pytest.mark.parametrize("cls", ["toc", "ez-toc-container", "wp-block-table-of-contents"])
def test_a_table_of_contents_leaves(cls: str) -> None:
    toc = (
        f'<div class="{cls}"><p>Table of Contents</p><ul><li>How the videos began</li>'
        "<li>What the regulator wants</li></ul></div>"
    )
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    heads = "<h2>How the videos began</h2><h2>What the regulator wants</h2>"
    result = _page(f"<h1>Banking on TikTok</h1>{toc}{paras[:200]}{heads}{paras}")
    body = str(result["body"])
    assert "twelve staff members" in body
    assert body.count("How the videos began") == 1
    assert "Table of Contents" not in body


@pytest.mark.parametrize("line", ["Table of Contents", "Contents", "In this article"])
def test_a_table_of_contents_label_leaves(line: str) -> None:
    assert _kept([line, *TEXT]) == TEXT


def test_an_anchor_inside_a_heading_named_toc_stays() -> None:
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    head = '<h2><span class="toc-section">How the videos began</span></h2>'
    result = _page(f"<h1>Banking on TikTok</h1>{paras}{head}<p>{TEXT[0]} Again.</p>")
    assert "How the videos began" in str(result["body"])
