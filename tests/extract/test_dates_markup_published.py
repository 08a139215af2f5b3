"""Date markup with the creation before the publication: Joomla's article info shows
"Erstellt" (``itemprop="dateCreated"``) before "Veröffentlicht" (``itemprop=
"datePublished"``); the ``<time>`` marked ``datePublished`` is read first (session 35, read
on blind dates_ck, issue 11). Small invented pages without date metadata."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, published_on

URL = "https://www.geldbrief-allgaeu.example/index.php/mittelstand/1204-crowdlending-plattform"


def published(created_prop: str, published_prop: str) -> str | None:
    """The day of an invented Joomla page whose info shows a creation and a publication."""
    info = (
        "<dl class='article-info'><dd class='create'>"
        f"<time datetime='2018-03-12T15:20:00+00:00' itemprop='{created_prop}'>Erstellt: Montag, "
        "12. März 2018 16:20</time></dd><dd class='published'>"
        f"<time datetime='2018-03-14T05:00:00+00:00' itemprop='{published_prop}'>Veröffentlicht: "
        "Mittwoch, 14. März 2018 06:00</time></dd></dl>"
    )
    body = (
        "<main><article itemscope itemtype='https://schema.org/Article'><h1>Crowdlending für "
        f"den Mittelstand</h1>{info}{ARTICLE}</article></main>"
    )
    day = published_on(body, "", URL)
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("created_prop", "published_prop", "day"),
    [
        ("dateCreated", "datePublished", "2018-03-14"),
        # no item property tells them apart, the labels do: "Veröffentlicht: Mittwoch, …"
        # before "Erstellt: Montag, …" (session 52: the weekday's comma kept the label)
        ("", "", "2018-03-14"),
    ],
)
def test_the_published_time_is_read_first(created_prop: str, published_prop: str, day: str) -> None:
    assert published(created_prop, published_prop) == day
