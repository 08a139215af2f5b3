"""A migrated Drupal page: its metatags carry one stamp for publication and change (the
migration's), its node's created field shows the day the text was written ("Mi.,
09.04.2008 - 14:22"; :mod:`~newsarchive.extract.createdfield`; kind read on blind
dates_cj, session 35, issue 11). Small invented pages; metadata with a publication day of
its own keeps it."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, published_on

URL = "https://www.hanse-finanzdienst.example/finanzen/sparkassen-fusion-perlenbucht"


def published(modified: str, created: str = "Mi., 09.04.2008 - 14:22") -> str | None:
    """The day of an invented Drupal page stamped 2020-07-01 whose created field shows
    ``created``."""
    stamp = "2020-07-01T03:12:09+02:00"
    head = (
        "<title>Sparkassen prüfen Fusion | Hanse Finanzdienst</title>"
        f"<meta property='article:published_time' content='{stamp}'>"
        f"<meta property='article:modified_time' content='{modified}'>"
        "<meta name='Generator' content='Drupal 9 (https://www.drupal.org)'>"
    )
    body = (
        "<main><article class='node node--type-article'><h1>Sparkassen prüfen Fusion</h1>"
        f"<div class='node__content'>{ARTICLE}</div><footer class='node__meta'>Von "
        "<span class='field field--name-uid'>hwd_redaktion</span> am <span class='field "
        f"field--name-created field--type-created'>{created}</span></footer></article></main>"
    )
    day = published_on(body, head, URL)
    return day[:10] if day else None


def test_the_created_field_dates_a_migrated_node() -> None:
    assert published("2020-07-01T03:12:09+02:00") == "2008-04-09"


@pytest.mark.parametrize(
    ("modified", "created", "day"),
    [
        # a change after the publication: the metadata's publication day stays
        ("2021-03-02T10:00:00+01:00", "Mi., 09.04.2008 - 14:22", "2020-07-01"),
        # a created field that shows no date
        ("2020-07-01T03:12:09+02:00", "gestern", "2020-07-01"),
    ],
)
def test_the_metadata_day_stays(modified: str, created: str, day: str) -> None:
    assert published(modified, created) == day


def test_a_listed_teasers_created_field_is_another_nodes() -> None:
    # one stamp for publication and change (the node's own day, shown in a <time>); a
    # "views-row" of teaser nodes beside it shows each one's created day (session 42)
    stamp = "2024-04-18T09:12:00+02:00"
    head = (
        "<title>Sparkasse startet Chat | Hanse Finanzdienst</title>"
        f"<meta property='article:published_time' content='{stamp}'>"
        f"<meta property='article:modified_time' content='{stamp}'>"
    )
    body = (
        "<main><article class='node node--type-article'><h1>Sparkasse startet Chat</h1>"
        "<footer class='node__meta'>Von <span class='field field--name-uid'>A</span> | "
        "<time datetime='2024-04-18T07:12:00Z'>18.04.2024, 09:12 Uhr</time></footer>"
        f"<div class='node__content'>{ARTICLE}</div></article><div class='view'><div "
        "class='views-row'><article class='node node--view-mode-teaser'><h3>Neobroker senken "
        "Gebühren</h3><div class='field field--name-created'><time datetime='2024-04-17'>"
        "17.04.2024</time></div></article></div></div></main>"
    )
    assert (published_on(body, head, URL) or "")[:10] == "2024-04-18"
