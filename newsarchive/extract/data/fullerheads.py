"""Data for a title cut short of the headline the page shows (read by
:mod:`~newsarchive.extract.fullerheads`): a ``<title>`` or page name that is only the
headline's opening ("Galerie" over "Galerie: Sparkassenbücher aus drei Jahrhunderten",
"SEPA Instant wird Pflicht" over "…: Ein Gastbeitrag", og:title "Krisenkommunikation im
Netz: Fünf Regeln" over its entry title "… für Finanzhäuser"; a wiki's "Finanzkrise" stays
where its own ``<h1>`` shows the name whole). Kind read in aa, ax, bo, bp and bq (issue 11,
session 18)."""

from __future__ import annotations

#: Elements that show a headline: headings, title- or headline-classed (or -named)
#: elements, German ones too ("titel", "ueberschrift": an old template's
#: ``<p class="ueberschrift">``; session 43, read on dates_db), bold text (a homepage
#: builder's bold span); in document order.
#: Only those whose text opens with the title (``$head``, lower case, whitespace folded:
#: the text is lowered for ASCII and German capitals, no-break spaces read as spaces) are read.
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ\u00a0"
_LOWER = "abcdefghijklmnopqrstuvwxyzäöü "
_NAMED = (
    "contains(., 'title') or contains(., 'headline') or contains(., 'titel')"
    " or contains(., 'ueberschrift') or contains(., 'überschrift')"
)
FULLER_HEADLINE_XPATH = (
    f"(//h1|//h2|//h3|//@class[{_NAMED}]/.."
    f"|//@id[{_NAMED}]/..|//b|//strong"
    "|//span[@style][contains(@style, 'bold')])"
    f"[starts-with(normalize-space(translate(., '{_UPPER}', '{_LOWER}')), $head)]"
)
#: Headings that, showing the title whole, show it uncut (the page's "<h1>Baumgutachten</h1>"
#: over a section "<h2>Baumgutachten: wann und wie?</h2>", a download page's name over its
#: bold first sentence).
FULLER_TITLE_SHOWN_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Characters that may follow the cut title in the fuller headline (a colon or a dash
#: after it, or a space before its next word).
FULLER_HEADLINE_JOINS = (":", " ", ",", " –", " -", " —")
#: ... holding none of these (their text is another line: "<h1>Headline <h4>Veröffentlicht
#: von …</h4></h1>", a heading block's teaser paragraph).
FULLER_HEADLINE_NOT_INSIDE = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol", "table")
#: The fuller headline has at most so many words (a paragraph opening with the title is
#: its text, no headline) ...
FULLER_HEADLINE_MAX_WORDS = 16
#: ... and adds at least so many.
FULLER_HEADLINE_MIN_ADDED_WORDS = 2
#: Class parts that name a headline ("ueberschrift", "headline"; lower case, as
#: :func:`~newsarchive.extract.index.contains_any` compares): where a page has no ``<h1>``,
#: the one element so classed that widens the title is the headline
#: (:func:`~newsarchive.extract.fullerheads.widened_headline`; session 45, read on dates_dg).
WIDENED_HEADLINE_CLASSES = ("ueberschrift", "überschrift", "headline")
