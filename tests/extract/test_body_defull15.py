"""Body rules from de_full12's, de_full13's and de_full14's misses, judged on de_full15 and
de_full16 (issue 11): kinds of page part read on those sets, each on small invented pages,
with the text it must leave alone."""

from __future__ import annotations

import lxml.html
from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract
from newsarchive.extract.lead import _follows_headline

URL = "https://zeitung.example/wirtschaft/fusion-2026.html"
VORSPANN = (
    "Die Volksbank Musterstadt will mit ihrer Nachbarbank zusammengehen. Die Vertreter "
    "stimmen im Frühjahr ab."
)


def test_a_vorspann_under_the_byline_line_is_the_lead() -> None:
    top = (
        "<h1>Volksbank will fusionieren</h1><div>Von Anna Beispiel | 14.03.2006 18:32</div>"
        f'<p class="vorspann"><b>{VORSPANN}</b></p>'
    )
    assert extract(article_page(top=top), URL, fetched_at=FETCHED)["lead"] == VORSPANN


def test_a_paragraph_between_is_no_credit_line() -> None:
    page = lxml.html.fromstring(
        "<div><h1>Volksbank will fusionieren</h1><p>Die Bank hat am Montag eingeladen.</p>"
        f'<p class="vorspann">{VORSPANN}</p></div>'
    )
    assert not _follows_headline(page.find_class("vorspann")[0])
