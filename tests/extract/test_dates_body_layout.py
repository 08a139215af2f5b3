"""A ``<body>`` class naming the page's layout ("ast-right-sidebar", "backendlayout-
subnavigation_left") does not switch the visible date line off; one naming a content part
("polizeiticker") still does (:func:`~newsarchive.extract.nodes.content_marked`; session 35,
read on blind dates_cl and de_full127, issue 11). Small invented pages: a migrated blog whose
metadata carries the import's day while the theme shows the post's own under the headline."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED

from newsarchive.extract import extract

URL = "https://geldbeet-blog.example/tagesgeld-hopping-lohnt-sich-das/"


def published(body_class: str) -> str | None:
    """The day of an invented WordPress post under a ``<body>`` of ``body_class``."""
    html = (
        "<html><head><meta charset='utf-8'><title>Tagesgeld-Hopping</title>"
        "<meta property='article:published_time' content='2024-01-10T12:02:44+00:00'>"
        f"</head><body class='{body_class}'><main><article><h1>Tagesgeld-Hopping: lohnt sich "
        "das?</h1><div class='entry-meta'>Veröffentlicht am <time class='entry-date published' "
        "datetime='2017-05-03T07:30:00+02:00'>3. Mai 2017</time></div>"
        f"{ARTICLE}</article></main></body></html>"
    ).encode()
    day = extract(html, URL, fetched_at=FETCHED)["published"]
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("body_class", "day"),
    [
        ("single single-post ast-right-sidebar", "2017-05-03"),
        ("page-91 backendlayout-subnavigation_left", "2017-05-03"),
        ("polizeiticker", "2024-01-10"),
    ],
)
def test_a_layout_class_keeps_the_date_line(body_class: str, day: str) -> None:
    assert published(body_class) == day


def test_a_themes_menu_flag_keeps_the_date_line() -> None:
    # GeneratePress's option flags on <body> (session 50)
    assert published("single right-sidebar sticky-menu-fade nav-below-header") == "2017-05-03"


def updated_first(body_class: str = "single sticky-menu-fade") -> str | None:
    """The day of an invented post whose theme prints its hidden "updated" time before the
    published one, under a metadata stamp of the theme's demo content (2016)."""
    html = (
        "<html><head><meta charset='utf-8'><title>Kontowechsel in 30 Minuten</title>"
        "<meta property='article:published_time' content='2016-05-03T10:00:00+02:00'>"
        "<meta property='article:modified_time' content='2016-05-03T10:00:00+02:00'>"
        f"</head><body class='{body_class}'><main><article><h1>Kontowechsel in 30 Minuten</h1>"
        "<div class='entry-meta'><span class='posted-on'><time class='updated' "
        "datetime='2023-02-01T10:22:11+01:00' itemprop='dateModified'>1. Februar 2023</time>"
        "<time class='entry-date published' datetime='2021-10-08T07:30:00+02:00' "
        "itemprop='datePublished'>8. Oktober 2021</time></span></div>"
        f"{ARTICLE}</article></main></body></html>"
    ).encode()
    day = extract(html, URL, fetched_at=FETCHED)["published"]
    return day[:10] if day else None


def test_the_published_markup_after_a_hidden_updated_time_is_the_line() -> None:
    assert updated_first() == "2021-10-08"
