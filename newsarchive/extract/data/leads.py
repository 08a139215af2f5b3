"""Data for the lead (the teaser under the headline) in markup: the elements that may hold
it, the standfirst's names and forms, the date line between a headline and its teaser
(read by :mod:`~newsarchive.extract.lead`; moved from ``body``)."""

from __future__ import annotations

import re

#: Elements that hold the teaser/lead in markup, tried in order: those with
#: ``itemprop="description"`` (not a ``<meta>``), then those whose class contains one of
#: these (:func:`~newsarchive.extract.lead.lead_candidates`).
LEAD_ITEMPROP = "description"
#: (Measured and rejected: "subheadline" (Arc's standfirst ``c-subheadline``): English half A
#: token F1 +0.004, but on 2 German dev pages a second headline in that class became the lead.)
LEAD_CLASS_PARTS = (
    "lead", "teaser-text", "intro", "summary", "standfirst", "kicker-text",
    "article-header__intro", "entry-excerpt", "excerpt",
)  # fmt: skip
#: Tags whose element holds an image and its caption, never the lead, whatever its class
#: ("figure.id-StoryElement-image--leadImage": the lead's image; session 49, read on dates_dn).
LEAD_NOT_TAGS = frozenset({"figure", "figcaption", "picture", "img"})
#: A class naming another article's excerpt, a BEM element of a list's item or a box (a posts
#: widget's ``elementor-post__excerpt``, a reading tip's ``sh-lesetipp__excerpt``, a
#: ``related-post__excerpt``): no lead candidate (session 63, read on de_full590, de_full612).
LEAD_OTHER_EXCERPT = re.compile(
    r"(?:elementor-post|[\w-]*lese-?tipps?|[\w-]*related[\w-]*)__excerpt", re.IGNORECASE
)
#: Item types (``itemtype`` ending in one, after "/") whose ``itemprop="description"`` is no
#: teaser: an author's or a publisher's description (Simple Author Box's
#: ``<div itemtype="http://schema.org/Person">``; session 49, read on dates_do).
LEAD_NOT_ITEMTYPES = ("Person", "Organization")
#: Tags a lead candidate never holds: one with a list or a heading inside is a summary box
#: of key points (``div.summary`` with "Das Wichtigste in Kürze" over a list), not the teaser.
LEAD_NOT_INSIDE_TAGS = ("li", "h2", "h3", "h4", "h5", "h6")
#: A class part naming the standfirst when its element comes right after the ``<h1>``
#: (``p.teaser``, ``p.article__teaser``; elsewhere "teaser" names teasers of other articles).
STANDFIRST_CLASS_PART = "teaser"
#: The element right after a headline (or after the wrapper holding only the headline) is
#: the standfirst when its ``class`` or ``data-*`` attribute names one (English papers'
#: ``h2.c-subheadline``, ``p.dek``, ``div[data-gu-name=standfirst]``, a ``subtitle``) and
#: it reads as one: one of these tags, a sentence (ending in ".", "!" or "?") of this many
#: characters (a second headline or a date line in such a class ends without a full stop).
#: Measured without the name (any element under the headline): 20 dev pages took a site's
#: tagline, an ad or a support appeal as the lead, the folds' snippet min dropped.
STANDFIRST_NAME = re.compile(
    r"(?:^|[\s_-])(?:dek|deck|sub-?headline|standfirst|strapline|sub-?title)(?:$|[\s_-])",
    re.IGNORECASE,
)
STANDFIRST_TAGS = frozenset({"p", "h2", "h3", "div"})
#: The byline and date line between a headline and its teaser (``<p class="info">24.06.2008
#: von Anna Roth</p>``, "Von Anna Roth | 14.09.2005": old CMS templates, read on de_full20
#: and de_full21): one of these tags, a digit in its text, at most this many characters, no
#: sentence's full stop at its end. The teaser-class element after it is the standfirst (a
#: teaser after a byline without a date stays no lead: de_full5's rule).
HEADLINE_DATE_LINE_TAGS = frozenset({"p", "div", "span", "time", "small"})
HEADLINE_DATE_LINE_MAX_CHARS = 120
STANDFIRST_MIN_CHARS = 40
STANDFIRST_MAX_CHARS = 400

#: A lead element inside the article (an intro the description does not repeat) is the lead.
ARTICLE_INTRO_XPATH = (
    "self::*[ancestor::article and not(ancestor::aside) and not(contains(@class, 'author')) and "
    "not(ancestor::*[contains(@class, 'author') or contains(@class, 'teaser') or "
    "contains(@class, 'related') or contains(@class, 'bio') or contains(@class, 'list')])]"
)
