"""TYPO3's news template puts the article head's meta line in a block classed "footer" right
after the headline's block (``<div class="header"><h1>…</h1></div><div class="footer">``
with the day and the byline): that block is no page footer (issue 11; kind read in
de_full73 and de_full76; unread bk 4 pages, blind dates_by 1 page). A section after the day
("· Ressort Konto") is no writer. Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.volksbank-beispiel.example/aktuelles/news/detail/gruenderpreis-ausgeschrieben"
TEXT = paragraphs("der Gründerpreis wieder ausgeschrieben ist")
META_DAY = "<meta name='date' content='2017-03-13'>"  # (the page's generation, not the news)


def _news(meta_line: str, after: str = "") -> str:
    return (
        "<div class='news news-single'><div class='article'>"
        "<div class='header'><h1>Gründerpreis 2017 ausgeschrieben</h1></div>"
        f"{meta_line}<div class='news-text-wrap'>{TEXT}</div></div></div>{after}"
    )


FOOTER_LINE = (
    "<div class='footer'><p><span class='news-list-date'><time datetime='2017-03-21'>"
    "21.03.2017</time></span> <span class='news-list-author'>Von Anna Beispiel</span></p></div>"
)


def test_the_footer_after_the_headline_is_the_article_s_meta_line() -> None:
    result = extracted(_news(FOOTER_LINE), URL, META_DAY)
    assert (result["published"] or "")[:10] == "2017-03-21"
    assert result["authors"] == ["Anna Beispiel"]


@pytest.mark.parametrize(
    "page",
    [
        # a footer after the text, not after the headline's block: the page's
        _news(
            "",
            "<div class='footer'><p>Stand: <time datetime='2017-03-21'>21.03.2017</time></p></div>",
        ),
        # the headline's block, then the text, then the footer
        _news("<p>Ein Satz zwischen Überschrift und Fußzeile.</p>" + FOOTER_LINE),
    ],
)
def test_a_footer_elsewhere_stays_a_part_with_other_dates(page: str) -> None:
    assert (extracted(page, URL, META_DAY)["published"] or "")[:10] == "2017-03-13"


@pytest.mark.parametrize("section", ["Ressort Konto", "Rubrik Geldanlage", "Kategorie Presse"])
def test_a_section_after_the_day_is_no_writer(section: str) -> None:
    line = (
        f"<div class='footer'><p><time datetime='2025-11-19'>19. November 2025</time> · "
        f"{section}</p></div>"
    )
    assert extracted(_news(line), URL)["authors"] == []
