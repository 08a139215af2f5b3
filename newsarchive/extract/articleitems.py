"""The microdata article item a date's markup stands in (``itemscope`` with an article's
``itemtype``): the date of an article item, or a date in the item that holds the page's
headline, is the article's own, whatever its parts are called (tx_news's "footer")."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data


def _is_article_scope(element: etree._Element) -> bool:
    """Whether ``element`` is a microdata item of an article's type."""
    scope = element.get("itemscope") is not None
    return scope and data.ARTICLE_ITEMTYPE.search(element.get("itemtype") or "") is not None


def article_item(element: etree._Element) -> etree._Element | None:
    """The nearest item scope around ``itemprop="datePublished"`` when it is an article (not a
    comment, a person, an event); None for other date markup."""
    if element.get("itemprop") != data.DATE_ITEMPROP:
        return None
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None:
            return ancestor if _is_article_scope(ancestor) else None
    return None


def headline_item(element: etree._Element, layout: set[etree._Element]) -> etree._Element | None:
    """The nearest article item around ``element`` that holds the page's headline: one of
    ``layout`` (the first ``<h1>``'s ancestors) or, on a page without an ``<h1>``, the
    item holding an ``itemprop="headline"`` (TYPO3 tx_news's single view: "<div
    itemtype='…/Article'><h3 itemprop='headline'>…</h3><div class='footer'><span
    class='news-list-date'>12.10.16</span>"; session 45, read on dates_dg)."""
    for ancestor in element.iterancestors():
        if _is_article_scope(ancestor):
            if ancestor in layout or (
                not layout and ancestor.find(".//*[@itemprop='headline']") is not None
            ):
                return ancestor
            return None
    return None
