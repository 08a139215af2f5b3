"""A page-wide meta tag's bare day (``<meta name="date" content="2005-11-21">``, a template's
stamp) yields to the day the article's date markup and its date line agree on; an
article's own tag, or a stamp with its time, stays (session 48); small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://kreditreport.example/index.php?option=com_content&task=view&id=1184"


def _joomla_page() -> str:
    """Joomla 1.0's article table: byline, "createdate" cell, text, "modifydate" cell."""
    return (
        "<table class='contentpaneopen'><tr><td class='contentheading'>Landesbank legt "
        "Halbjahreszahlen später vor</td></tr></table>"
        "<table class='contentpaneopen'><tr><td><span class='small'>Geschrieben von Bernd "
        "Achterberg</span></td></tr><tr><td class='createdate'>14.08.07</td></tr>"
        f"<tr><td>{paragraphs('die Zahlen später kommen', 6)}</td></tr>"
        "<tr><td class='modifydate'>Letzte Aktualisierung ( 15.08.07 )</td></tr></table>"
    )


@pytest.mark.parametrize(
    "tag",
    [
        "<meta name='date' content='2005-11-21'>",
        "<meta name='DC.date' content='2005-11-21'>",
    ],
)
def test_a_template_s_bare_day_yields_to_the_article_s_markup_and_line(tag: str) -> None:
    assert (published_on(_joomla_page(), tag, URL) or "")[:10] == "2007-08-14"


@pytest.mark.parametrize(
    "tag",
    [
        "<meta name='date' content='2005-11-21T17:05:00+0100'>",
        "<meta property='article:published_time' content='2005-11-21'>",
    ],
)
def test_a_stamp_with_its_time_or_the_article_s_own_tag_stays(tag: str) -> None:
    assert (published_on(_joomla_page(), tag, URL) or "")[:10] == "2005-11-21"
