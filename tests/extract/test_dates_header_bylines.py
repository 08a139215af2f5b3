"""A date line whose writer is labelled "Von:" ("Von: Frank Oberländer am Montag, 3. Juli 2006
[19:20 UTC] (319 Aufrufe)", a wiki CMS's article header) names a byline, not a sentence
(issue 11, rd8: half AQ's kind); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sich Tagesgeld-Hopping lohnt")
URL = "http://www.treff.example/tiki-read_article.php?articleId=41"
# another article's day in a cell after the text
SIDE = "<table><tr><td><a href='#'>Glossar</a> 10.07.2006</td></tr></table>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von: Frank Oberländer am Montag, 3. Juli 2006 [19:20 UTC] (319 Aufrufe)", "2006-07-03"),
        ("Von Frank Oberländer am Montag, 3. Juli 2006 [19:20 UTC] (319 Aufrufe)", "2006-07-03"),
        # a sentence around the date is no date line
        ("Von: Frank Oberländer erfuhren wir am 3. Juli 2006 mehr über die Bank", "2006-07-10"),
    ],
)
def test_a_labelled_writer_in_the_date_line(line: str, expected: str) -> None:
    page = f"<h1>Tagesgeld-Hopping</h1><div class='titleb'>{line}</div>{TEXT}{SIDE}"
    assert (published_on(page, "", URL) or "")[:10] == expected
