"""A metadata stamp far from the day the article's date markup and its date line agree on (a
template's "2005-11-21", a migration's "2019-04-02T08:00:00+00:00") yields to that day; a
masthead's today or the metadata's own modification day does not replace it (session 49,
widening session 48's page-wide stamp); a theme's "entry-date updated" markup is the
publication where the metadata names no modification and no other markup another day.
Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://kreditreport.example/index.php?option=com_content&task=view&id=1184"
TEXT = paragraphs("die Zahlen später kommen", 6)


def _joomla_page() -> str:
    """Joomla 1.0's article table: byline, "createdate" cell, text, "modifydate" cell."""
    return (
        "<table class='contentpaneopen'><tr><td class='contentheading'>Landesbank legt "
        "Halbjahreszahlen später vor</td></tr></table>"
        "<table class='contentpaneopen'><tr><td><span class='small'>Geschrieben von Bernd "
        "Achterberg</span></td></tr><tr><td class='createdate'>14.08.07</td></tr>"
        f"<tr><td>{TEXT}</td></tr>"
        "<tr><td class='modifydate'>Letzte Aktualisierung ( 15.08.07 )</td></tr></table>"
    )


@pytest.mark.parametrize(
    "tag",
    [
        "<meta name='date' content='2005-11-21'>",
        "<meta name='DC.date' content='2005-11-21'>",
        "<meta name='date' content='2005-11-21T17:05:00+0100'>",
        "<meta property='article:published_time' content='2005-11-21'>",
    ],
)
def test_a_far_stamp_yields_to_the_article_s_markup_and_line(tag: str) -> None:
    assert (published_on(_joomla_page(), tag, URL) or "")[:10] == "2007-08-14"


def test_a_near_stamp_stays_where_no_line_shows() -> None:
    page = _joomla_page().replace("<td class='createdate'>14.08.07</td>", "<td></td>")
    tag = "<meta property='article:published_time' content='2005-11-21T17:05:00+01:00'>"
    assert (published_on(page, tag, URL) or "")[:10] == "2005-11-21"


def test_a_masthead_s_today_is_no_article_s_day() -> None:
    body = (
        "<header><h1><a href='/' class='logo'>Funkhaus</a></h1>"
        "<span class='site-date'>Mittwoch, 26.02.2020</span></header>"
        f"<nav>{''.join(f'<a href=/r{n}>Rubrik {n}</a>' for n in range(12))}</nav>"
        f"<div class='content'><h2>Die Zukunft der Arbeit</h2>{TEXT}</div>"
    )
    head = (
        "<title>Die Zukunft der Arbeit - Funkhaus</title>"
        "<meta property='og:title' content='Die Zukunft der Arbeit'>"
        "<meta name='date' content='2017-05-01T17:05:00+0200'>"
    )
    assert (published_on(body, head, URL) or "")[:10] == "2017-05-01"


def _tagdiv_page(times: str) -> str:
    """The Newspaper theme's post header: its date markup classed "entry-date updated"."""
    return (
        "<article class='post'><header class='td-post-title'><h1 class='entry-title'>Banken "
        f"antworten auf Instagram</h1><div class='td-module-meta-info'>{times}</div></header>"
        f"<div class='td-post-content'>{TEXT}</div></article>"
    )


UPDATED = (
    "<span class='td-post-date'><time class='entry-date updated td-module-date' "
    "datetime='2022-09-13T09:15:42+02:00'>13. September 2022</time></span>"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the theme's stamp and no modification named: the day the header shows
        (
            "<meta property='article:published_time' content='2019-04-02T08:00:00+00:00'>",
            "2022-09-13",
        ),
        # the metadata's modification on the shown day: the shown day is the change
        (
            "<meta property='article:published_time' content='2019-04-02T08:00:00+00:00'>"
            "<meta property='article:modified_time' content='2022-09-13T09:15:42+02:00'>",
            "2019-04-02",
        ),
    ],
)
def test_a_theme_s_updated_markup(head: str, expected: str) -> None:
    assert (published_on(_tagdiv_page(UPDATED), head, URL) or "")[:10] == expected


def test_an_updated_time_beside_the_published_one_is_the_change() -> None:
    times = (
        "<time class='updated' datetime='2026-11-06T12:00:00-06:00'>November 6, 2026</time>"
        "<time class='entry-date published' datetime='2026-11-02T07:15:00-06:00'>"
        "November 2, 2026</time>"
    )
    assert (published_on(_tagdiv_page(times), "", URL) or "")[:10] == "2026-11-02"
