"""Microdata of a list's items is not the page's: a ``<meta itemprop="datePublished">`` in
an item with a sibling item of the same type (teasers of other articles under the text,
TYPO3's news list) gives no date; the article's own item still does (session 66, read on
de_full698: 4 set pages had taken a teaser's day, issue 11). Small invented pages."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

URL = "https://www.druckhaus-musterstadt.example/aktuelles/detail/geschaeftsbericht-gedruckt"
ITEM = "itemscope='itemscope' itemtype='http://schema.org/Article'"


def teaser(day: str) -> str:
    """A list item of another article dated ``day`` (ISO) in its microdata."""
    return (
        f"<div class='article' {ITEM}><h3><a href='/aktuelles/detail/{day}'>Ältere Meldung</a>"
        f"</h3><div class='footer'><span class='news-list-date'><time datetime='{day}'>{day}"
        f"<meta itemprop='datePublished' content='{day}'></time></span></div></div>"
    )


def page(own: str, teasers: list[str]) -> str:
    """The article (its own microdata ``own`` under its lead) with the teasers under it."""
    return (
        f"<main><div class='news-single'><div class='article' {ITEM}>"
        "<h1 itemprop='headline'>Geschäftsbericht in elf Tagen gedruckt</h1>"
        f"<p class='lead'>Wie unser Team den Bericht druckte und auslieferte.</p>{own}"
        f"{paragraphs('der Bericht gedruckt wird', 4)}</div>"
        f"<div class='news-related'>{''.join(teaser(d) for d in teasers)}</div></div></main>"
    )


def test_listed_teasers_give_no_date() -> None:
    own = (
        "<div class='footer'><span class='news-list-date'><time itemprop='datePublished'"
        " datetime='2024-02-05'>05.02.2024</time></span></div>"
    )
    body = page(own, ["2024-01-22", "2023-12-14", "2023-11-03"])
    assert published_on(body, "", URL) == "2024-02-05"


def test_own_item_gives_its_date() -> None:
    own = "<meta itemprop='datePublished' content='2024-02-05'>"
    assert published_on(page(own, []), "", URL) == "2024-02-05"
