"""Data for a block of other articles' link cards
(:func:`~newsarchive.extract.linkcards.drop_link_cards`)."""

from __future__ import annotations

import re

from lxml import etree

#: The blocks to test: a ``<div>``, ``<section>`` or ``<aside>`` with at least two ``<a>``
#: children (libxml2 picks them from the second links, half the time of a test on every
#: block; the rest of the tree is not walked in Python).
LINK_CARD_BLOCKS = etree.XPath("//a[2]/parent::*[self::div or self::section or self::aside]")
#: A card's text: a headline's length, with a "Read more" line beside it ("Regional lender
#: cuts branch hours as app use climbs", "Neue Sitzbänke am Stadtpark").
LINK_CARD_MIN_CHARS = 25
LINK_CARD_MAX_CHARS = 200
#: At least so many cards in the block.
LINK_CARD_MIN_CARDS = 2
#: A teaser link's line between the paragraphs: a pointer arrow, a space, a headline, no
#: full stop ("» Volksbank eröffnet neues Beratungszentrum", "→ Mehr Geld für Sparer"; read on
#: de_full63, twenty-eighth session). A quotation in »guillemets« has no space after "»" and
#: closes with "«": it stays.
ARROW_TEASER_LINE = re.compile(r"[»›→▶►]\s+[^«‹]{3,150}(?<![.!?:;,])")
