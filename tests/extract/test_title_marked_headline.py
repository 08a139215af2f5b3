"""A section's ``<h1>`` over the article's headline its publisher marks with
``itemprop="headline"`` on the next ``<h2>``/``<h3>`` ("Presse & Medien" over "Tagesgeld-Check:
Regionalbanken …"): the marked heading is the title. The ``<h1>`` stays where it is long
(a headline itself) or where the marked heading holds it or is held by it (a kicker's or a
shortened headline). Issue 11, session 58: 8 read judges' titles up (de_full402,
de_full410, de_full212, de_full262, de_full279, de_full326, de_full353, dates_fq), none down,
dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://www.zinsfalke.example/presse/tagesgeld-check-ostbayern"
HEADLINE = "Tagesgeld-Check: Regionalbanken in Ostbayern zahlen im Schnitt 1,1 Prozent Zinsen"


def title(h1: str, marked: str, tag: str = "h3") -> str:
    """The title of a press page whose ``<h1>`` is ``h1`` and whose news item's heading,
    marked as the headline, is ``marked``."""
    body = (
        f"<main><h1 class='element-header'>{h1}</h1>"
        "<div class='article' itemscope itemtype='http://schema.org/Article'>"
        f"<div class='header'><{tag} itemprop='headline'>{marked}</{tag}></div>"
        f"<div itemprop='articleBody'>{paragraphs('die Zinsen in Ostbayern sinken', 4)}</div>"
        "</div></main>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Presse & Medien - Zinsfalke GmbH</title>"
        f"</head><body>{body}</body></html>"
    )
    return str(extract(page.encode(), URL, fetched_at=FETCHED)["title"])


@pytest.mark.parametrize(
    ("h1", "tag"),
    [
        ("Presse & Medien", "h3"),
        ("Wirtschaftsnews aus dem Emmerheider Land", "h2"),
        ("Aktuelles", "h2"),
    ],
)
def test_the_marked_heading_under_a_section_h1_is_the_title(h1: str, tag: str) -> None:
    assert title(h1, HEADLINE, tag) == HEADLINE


def test_a_kicker_marked_over_the_h1_leaves_it() -> None:
    h1 = "Regionalbanken in Ostbayern zahlen 1,1 Prozent"
    assert title(h1, f"Tagesgeld-Check {h1}") == h1


def test_a_long_h1_is_the_headline() -> None:
    h1 = "Regionalbanken in Ostbayern zahlen im Schnitt deutlich weniger Zinsen als Direktbanken"
    assert title(h1, HEADLINE) == h1
