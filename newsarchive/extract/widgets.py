"""A page builder's content widgets: the article's blocks written as "widgets" (Scrivito's
``div.scrivito_widget.text-widget`` under the ``<h1>``). trafilatura discards every element
whose class contains "widget" (its ad tokens, meant for sidebars) and readability weighs
such a class down, so an article built of them lost its text after the lead (read on
de_full21's bank magazine and half AH's). Blocks that follow the page's headline as its
siblings are the article's, not a sidebar's: the "widget" in their class is renamed
(:data:`~newsarchive.extract.data.CONTENT_WIDGET_STAND_IN`) before trafilatura reads them."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data


def open_content_widgets(tree: etree._Element) -> None:
    """Rename "widget" in the class of the elements following an ``<h1>`` as its siblings."""
    for headline in tree.iter("h1"):
        for sibling in headline.itersiblings():
            classes = sibling.get("class")
            if classes and data.CONTENT_WIDGET_WORD in classes:
                sibling.set(
                    "class",
                    classes.replace(data.CONTENT_WIDGET_WORD, data.CONTENT_WIDGET_STAND_IN),
                )
