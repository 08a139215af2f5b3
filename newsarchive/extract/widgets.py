"""A page builder's content widgets: the article's blocks written as "widgets" (Scrivito's
``div.scrivito_widget.text-widget`` under the ``<h1>``). trafilatura discards every element
whose class contains "widget" (its ad tokens, meant for sidebars) and readability weighs
such a class down, so an article built of them lost its text after the lead (read on
de_full21's bank magazine and half AH's). Blocks that follow the page's headline as its
siblings are the article's, not a sidebar's: the "widget" in their class is renamed
(:data:`~newsarchive.extract.data.CONTENT_WIDGET_STAND_IN`) before trafilatura reads them.
A post's class naming its writer (:data:`~newsarchive.extract.data.ENTRY_AUTHOR_TOKEN`) is
opened the same way."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data


def open_content_widgets(tree: etree._Element) -> None:
    """Rename "widget" in the class of the elements following an ``<h1>`` as its siblings,
    where at least :data:`~newsarchive.extract.data.CONTENT_WIDGETS_MIN` of them carry it (a
    page built of widgets), or in one that holds a paragraph of text (:func:`_holds_text`: a
    single text widget holding the article); a single widget without one is a box set into
    the text (a rates table's ``widget-rates``)."""
    for headline in tree.iter("h1"):
        widgets = [
            sibling
            for sibling in headline.itersiblings()
            if data.CONTENT_WIDGET_WORD in (sibling.get("class") or "")
        ]
        if len(widgets) < data.CONTENT_WIDGETS_MIN:
            widgets = [widget for widget in widgets if _holds_text(widget)]
        for widget in widgets:
            classes = widget.get("class") or ""
            widget.set(
                "class", classes.replace(data.CONTENT_WIDGET_WORD, data.CONTENT_WIDGET_STAND_IN)
            )


def _holds_text(widget: etree._Element) -> bool:
    """True for an element holding a ``<p>`` that reads as a paragraph: a sentence's end,
    :data:`~newsarchive.extract.data.CONTENT_WIDGET_PARAGRAPH_MIN_CHARS` characters or more."""
    for paragraph in widget.iter("p"):
        text = " ".join(paragraph.itertext()).strip()
        if len(text) >= data.CONTENT_WIDGET_PARAGRAPH_MIN_CHARS and text.endswith((".", "!", "?")):
            return True
    return False


def open_author_entries(tree: etree._Element) -> None:
    """Rename "author" in a post's class that names its writer (Serendipity's
    ``serendipity_entry_author_Anna``) where the element holds a paragraph of text."""
    for element in tree.xpath("//@class[contains(., 'author')]/.."):
        tokens = (element.get("class") or "").split()
        if any(map(data.ENTRY_AUTHOR_TOKEN.fullmatch, tokens)) and _holds_text(element):
            opened = [
                t.replace("author", data.ENTRY_AUTHOR_STAND_IN)
                if data.ENTRY_AUTHOR_TOKEN.fullmatch(t)
                else t
                for t in tokens
            ]
            element.set("class", " ".join(opened))
