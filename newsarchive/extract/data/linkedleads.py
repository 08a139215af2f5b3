"""A lead word before "von"/"by" alone in its text node, the name in the next (linked or
bold) node (:mod:`newsarchive.extract.linkedlead`)."""

from __future__ import annotations

import re

#: A text node that is one capitalised word and "von" or "by", or "by" alone, the name
#: following in a node of its own (a link or a bold name): a community page's maker
#: ("Organisiert von <a>A</a>" on a money pot, "Empfehlung von <a>A</a>" over a review,
#: "Initiiert von", "Rezept von", "by <a>A</a> & <a>B</a>" under a thing's title). The
#: lexicon's leads (:data:`~.data.BYLINE_PREFIX_ONLY`) are read first. Kind read in cj
#: (issue 11, session 24). "By" alone opens a line too (an English theme's "By" <a>A</a> "and"
#: <a>B</a>, a think tank's "By" <a>A</a>", Fellow"; session 40, read on blind en_az).
LINKED_LEAD_ONLY = re.compile(r"(?:(?P<word>[A-ZÄÖÜ][a-zäöüß-]{2,30})\s+)?(?:von|by)\s*:?|By\s*:?")
#: Lead words that credit someone other than the page's writer: a photo's, a picture's or a
#: design's maker, a sponsor, a host, an editor, a moderator, a translator, a sharer, a
#: reply's writer, more of the same person's pages, a source, and a press release's or an
#: advert's publisher ("Pressemitteilung von: <a>Firma</a>" on a press portal: the company,
#: the writer signs below) (lower case).
LINKED_LEAD_NOT = frozenset(
    {
        "foto", "fotos", "bild", "bilder", "photo", "photos", "picture", "image", "images",
        "illustration", "illustrationen", "illustrated", "grafik", "grafiken", "karikatur",
        "zeichnung", "design", "designed", "theme", "template", "präsentiert", "presented",
        "unterstützt", "supported", "gefördert", "gesponsert", "sponsored", "powered", "hosted",
        "betrieben", "angeboten", "bearbeitet", "geändert", "aktualisiert", "edited", "updated",
        "modified", "moderiert", "moderated", "übersetzt", "translated", "geteilt", "shared",
        "reposted", "retweeted", "liked", "gefällt", "antwort", "antworten", "reply", "replies",
        "kommentar", "kommentare", "comment", "comments", "mehr", "weitere", "alle", "more",
        "quelle", "source", "zitat", "lizenz", "licensed", "gehostet", "follow", "folgen",
        "musik", "music", "kamera", "schnitt", "ton", "sprecher", "gelesen", "read",
        "pressemitteilung", "pressemitteilungen", "pressemeldung", "presseinformation",
        "presseinfo", "mitteilung", "meldung", "meldungen", "nachricht", "nachrichten", "news",
        "release", "anzeige", "werbung", "angebot", "angebote", "produkt", "produkte",
    }
)  # fmt: skip
