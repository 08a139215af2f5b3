"""A news module's "Eingetragen von <login> am …" line (PostNuke, Zikula), AH's kind
(issue 11): read like "Eingestellt von"; the login takes the full name the page spells it
with, a team account names nobody. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://wirtschaft-selztal.example/index.php?module=News&func=display&sid=655"
TEXT = "".join(
    f"<p>Im {n}. Quartal in Folge nutzen mehr Handwerksbetriebe das Netzwerk für ihre Suche "
    "nach Fachkräften, und die Kammer bietet dafür eigene Kurse an.</p>"
    for n in range(1, 6)
)


def page(login: str, closing: str) -> bytes:
    return page_with(
        "<div class='news_article'><h3 class='news_title'>Handwerk im Netzwerk</h3>"
        f"<div class='news_meta'>Eingetragen von <a href='index.php?module=Profile&amp;"
        f"uname={login}'>{login}</a> am Mittwoch, 2. April 2008 (526 Aufrufe)</div>"
        f"<div class='news_body'>{TEXT}<p>{closing}</p></div></div>",
        "<title>Handwerk im Netzwerk</title>",
    )


@pytest.mark.parametrize(
    ("login", "closing", "expected"),
    [
        (
            "jbrandt",
            "<small>Jonas Brandt (jbrandt) schreibt hier über das Handwerk.</small>",
            ["Jonas Brandt"],
        ),
        ("redaktion", "<b>Text: Lea Sommer</b>", ["Lea Sommer"]),
        # a team account and nobody else: no author
        ("redaktion", "<small>Quelle: Pressemitteilung der Kammer</small>", []),
    ],
)
def test_entered_by_line(login: str, closing: str, expected: list[str]) -> None:
    assert extract(page(login, closing), URL, fetched_at=FETCHED)["authors"] == expected
