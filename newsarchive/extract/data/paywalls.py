"""Data for a paywall's marks on a page (:mod:`newsarchive.extract.lead`): classes and ids,
a paywall plugin's wrapper, visible phrases and content tiers (moved out of
:mod:`newsarchive.extract.data.body` in session 66)."""

from __future__ import annotations

import re

#: Paywall markers: a class's or an id's substrings (the parts below) and visible phrases.
PAYWALL_CLASS_PARTS = ("paywall", "plus-content", "premium-content", "article-locked", "piano-")
PAYWALL_ID_PARTS = ("paywall",)
#: A paywall plugin's marks on every post of a site that uses it, free posts too: Steady's
#: wrapper ``steady-paywall-container`` and its placeholders ``steady_paywall``,
#: ``scroll_to_steady_paywall`` (4 of the 14 real dev pages marked paywalled were free posts
#: of such sites, marked by nothing else). Taken out of the class and id text before the test.
PAYWALL_WRAPPER = re.compile(r"[\w-]*steady[-_]paywall[\w-]*", re.IGNORECASE)
PAYWALL_PHRASES = re.compile(
    r"(?:weiterlesen mit|jetzt weiterlesen|exklusiv für abonnenten|nur für abonnenten|"
    r"lesen sie (?:diesen|den) artikel mit|um diesen artikel (?:weiter )?zu lesen|"
    r"abonnieren sie .{0,30}um weiterzulesen|dieser artikel ist (?:nur )?für abonnenten)",
    re.IGNORECASE,
)
#: A word every one of :data:`PAYWALL_PHRASES` holds (lower case, ASCII: a text the pattern
#: matches holds one in its ``casefold``, which maps each character the case-insensitive
#: match takes for one of these letters to it); a text without any is not searched.
PAYWALL_PHRASE_WORDS = ("lesen", "abonnenten")
#: Content-tier meta values that mean the article is behind a paywall.
PAYWALL_TIERS = frozenset({"locked", "metered", "premium", "paid", "subscriber"})
