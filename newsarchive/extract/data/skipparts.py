"""Data for the parts of a page that carry other dates than the article's (comments,
teasers, sidebars, footers...): their tags and class words, an old portal's side columns,
and the article head's block that only looks like a footer (:mod:`newsarchive.extract.nodes`,
:mod:`newsarchive.extract.dateline`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.eventtime import EVENT_TIME_PARTS
from newsarchive.extract.data.modifiedparts import MODIFIED_DATE_PARTS

#: Elements whose subtree is never read for it:
VISIBLE_DATE_SKIP_TAGS = frozenset(
    {"script", "style", "nav", "footer", "aside", "form", "noscript", "select", "button"}
)
#: A table layout's cell at most this many pixels (or per cent of the table) wide that does
#: not hold the headline is a side column of other articles, events and polls (an old
#: portal's "Ältere Artikel", "Kommende Termine"): its dates are no date line.
SIDE_COLUMN_MAX_WIDTH = 250
SIDE_COLUMN_MAX_PERCENT = 25
#: The class word of a block right after the headline's block that is the article head's
#: meta line, not the page's footer: TYPO3's news template (``<div class="header"><h1>…
#: </h1></div><div class="footer">`` with the date and the byline; issue 11, kind read in
#: de_full73 and de_full76, the date and the writers both missed).
HEADLINE_FOOTER_CLASS = "footer"
#: A ``<footer>`` inside the headline's ``<article>`` followed there by at least this many
#: characters of text is the article head's meta line, not the page's footer (Drupal's
#: ``footer.node__meta`` before ``node__content``; session 61, read on dates_gr).
HEAD_FOOTER_TEXT_AFTER = 400
#: The headline's block holds at most this many characters besides the headline (a kicker,
#: spaces): a page's main part before the page footer is no such block.
HEADLINE_BLOCK_EXTRA_CHARS = 80
#: Of :data:`VISIBLE_DATE_SKIP_WORDS`, those a ``<body>`` class names for the page's layout
#: ("right-sidebar", "ast-right-sidebar", "nav-below-header", "backendlayout-subnavigation"):
#: alone they do not switch the visible-date rule off (:func:`~newsarchive.extract.nodes.
#: content_marked`; session 35: 13 set pages of 8 sets right, 1 wrong, dev identical); a
#: theme's menu flags too ("sticky-menu-fade", GeneratePress; session 50, with the theme's
#: "updated" line yielding to its published markup: dates 2 up, 0 down, dev identical).
BODY_LAYOUT_WORDS = frozenset({"sidebar", "nav", "menu"})
#: Words of class/id values holding a skipped part's word that name the article's own kind:
#: "commentary" (a think tank's or paper's opinion piece: "commentary-byline",
#: "node--type-commentary") is no comment; read out before the words below are looked for
#: (session 40, read on blind en_az); "imbreadcrumb" (WebSite X5's blog puts the post's own
#: line, "Veröffentlicht von A in Kategorie · 10. Juli 2012", in "imBreadcrumb"; session 41,
#: read on ao and de_full42); "sidebar_maincontent" (Elgg 1.x's main column beside its sidebar,
#: "two_column_left_sidebar_maincontent"; session 41, read on de_full51); "navigation byline"
#: (Ning's post line under its title, "Added by: A on 12. März 2010 at 16:05", a list classed
#: like its menus; session 42, read on de_full150).
VISIBLE_DATE_SKIP_NOT = (
    "commentary",
    "commentaries",
    "imbreadcrumb",
    "sidebar_maincontent",
    "navigation byline",
)
#: Class/id substrings (any case) of page parts that carry other dates (comments, teasers...).
VISIBLE_DATE_SKIP_WORDS = (
    "comment",
    "kommentare",
    "kommentarbereich",
    "ticker",
    "slide",
    "teaser",
    "related",
    "sidebar",
    "widget",
    "footer",
    "nav",
    "menu",
    "tweet",
    # other embedded social posts with their own days (Facebook's "fb-post", Instagram's
    # "instagram-media", TikTok's, a CMS's caption under an embed; session 65, read on dates_hn,
    # dates_ho and de_full252)
    "fb-post",
    "fb-xfbml",
    "instagram-media",
    "tiktok-embed",
    "embed-caption",
    "breadcrumb",
    # other articles' lists by their other names: similar, further, recommended, most read,
    # newest and recent articles
    "aehnlich",
    "ähnlich",
    "similar",
    "weitere-",
    "empfehlung",
    "recommend",
    "lesetipp",
    "meistgelesen",
    "most-read",
    "mostread",
    "popular",
    "recent-",
    "latest-",
    "neueste",
    "more-news",
    "morenews",
    "cookie",
    "consent",  # a consent banner by its other name ("vr-consent__headline"; session 42)
    # a community's feed of its members' doings ("Neueste Aktivitäten": "A hat … vor 2 Stunden")
    "activit",
    "aktivität",
    "wm-ipp",  # the Wayback Machine's toolbar (capture times, not the page's dates)
    # any toolbar: a web archive's own above the copy ("13. November 2004 · 49 snapshots",
    # read on de_full20's archived pages), a portal's with the reader's day, print and share
    "toolbar",
    # a theme's hidden rich snippets for search engines (Avada's "rich-snippet-hidden"
    # "updated" stamp: the modification, never shown; session 43, read on dates_aa)
    "rich-snippet-hidden",
    *EVENT_TIME_PARTS,  # an event's own time under its headline (data/eventtime.py)
    *MODIFIED_DATE_PARTS,  # a theme's modification day in its own block (data/modifiedparts.py)
)
#: A wrapper's layout flags in its class ("with-navbar", "has-sidebar", "with-subnav"): they
#: say what the page beside the wrapper shows, not that the wrapper is that part (session
#: 51, read on en_bq: Zen's "#main-inner.with-navbar" held the article and its byline).
LAYOUT_FLAG_CLASS = re.compile(r"(?<![\w-])(?:with|has)-[\w-]+")
#: A page builder's own wrappers of every block (Elementor: "elementor-widget
#: elementor-widget-text-editor" around a paragraph, "elementor-widget-container",
#: "elementor-widget-wrap"): the builder's layout, not a sidebar's widget, so the text and
#: its credit inside stay read (session 67: on 75 set pages built so, 13 of whose authors
#: missed, "Text: A und B (Vorstand)" closing the post was skipped). A widget of another kind
#: ("elementor-widget-posts", "elementor-widget-sidebar") is still read by its words.
BUILDER_LAYOUT_CLASS = re.compile(
    r"(?<![\w-])elementor-widget(?:-container|-wrap|-text-editor|-theme-post-content|"
    r"-heading|-theme-post-title|-image|-spacer|-divider|-html|-shortcode)?(?![\w-])"
)
