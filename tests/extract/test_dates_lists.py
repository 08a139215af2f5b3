"""A list of other articles inside the article after its text (issue 11: a related
article's date taken for the page's), whatever its class, on small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt", 14)
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"
META = "<meta property='article:published_time' content='2025-03-03T10:00:00+01:00'>"


def _list(days: tuple[int, ...], cls: str) -> str:
    items = "".join(
        f"<li><span>{d:02d}.03.2025</span> <a href='#'>Andere Meldung {d}</a></li>" for d in days
    )
    return f"<div class='{cls}'><h2>Mehr zum Thema</h2><ul>{items}</ul></div>"


@pytest.mark.parametrize("cls", ["mehr-zum-thema", "lesetipps", "box"])
def test_a_list_of_other_articles_is_no_date_line(cls: str) -> None:
    body = f"<main><article><h1>Sparkasse</h1>{TEXT}{_list((12, 9, 7), cls)}</article></main>"
    assert (published_on(body, META, URL) or "")[:10] == "2025-03-03"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # the page's own line alone under the headline: the line, as before
        ("<p>05.03.2025</p>", "2025-03-05"),
        # created and updated in one line: one other day is no list
        ("<p>Erstellt: 05.03.2025</p><p>Geändert: 08.03.2025</p>", "2025-03-05"),
    ],
)
def test_a_lone_date_line_stays(top: str, expected: str) -> None:
    body = f"<main><article><h1>Sparkasse</h1>{top}{TEXT}</article></main>"
    assert (published_on(body, META, URL) or "")[:10] == expected
