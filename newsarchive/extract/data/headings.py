"""Data for :mod:`newsarchive.extract.headings`: the headline of pages without an ``<h1>``
(old table layouts, framed sites, portal scripts) whose metadata title is the site's name,
a section's, or both around the headline."""

#: A metadata title's part (a run of its separated segments at its start or end, "Site -
#: Section - Headline") that the page shows as an element's whole text is the headline when
#: the title itself is not shown: at least this many words (a section's one-word name shown
#: as a label is no headline).
TITLE_PART_MIN_WORDS = 2
#: Where no metadata title (nor a part of one) is shown and each names at most
#: ``SITE_TITLE_MAX_WORDS`` words (the site's or a section's name: "Sparkasse Talheim",
#: "Kreisbote am Main"), the story's headline is the first element whose own class holds one
#: of ``HEADLINE_ELEMENT_CLASSES`` but none of ``HEADLINE_ELEMENT_NOT`` (subtitles, kickers,
#: side blocks, logos), or a ``<font>`` of one of ``HEADLINE_FONT_SIZES``, outside links,
#: navigation, sidebars and teasers, of ``HEADLINE_ELEMENT_MIN_WORDS`` words or more (old
#: table layouts, framed sites: ``<p class="titel">``, ``<font size="5">``).
SITE_TITLE_MAX_WORDS = 4
HEADLINE_ELEMENT_CLASSES = (
    "headline",
    "title",
    "titel",
    "ueberschrift",
    "überschrift",
    "schlagzeile",
)
HEADLINE_ELEMENT_NOT = ("sub", "unter", "block", "widget", "site", "logo", "kicker", "dachzeile")
HEADLINE_FONT_SIZES = frozenset({"5", "6", "7", "+2", "+3", "+4"})
HEADLINE_ELEMENT_MIN_WORDS = 3
#: Where every ``<h1>`` has at most ``KIND_H1_MAX_WORDS`` words and no metadata title gives
#: one whole, the ``<h1>`` names the page's kind, section or owner ("Newsroom", "Mediathek",
#: "Volksbank Oststadt eG"): a metadata title (or a part of one) the page shows as another
#: element's whole text, of ``KIND_H1_MIN_SHOWN_WORDS`` words or more, is the headline.
KIND_H1_MAX_WORDS = 3
KIND_H1_MIN_SHOWN_WORDS = 3
#: A headline element inside an element of one of these classes belongs to a dialog the
#: page opens (Bootstrap's ``<div class="modal"><h5 class="modal-title">``), not the story.
HEADLINE_ELEMENT_OUTSIDE = ("modal",)
