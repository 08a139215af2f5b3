"""English chrome phrases for the body's lines (:mod:`newsarchive.extract.body`): the English
counterparts of the German promotion lines in :mod:`newsarchive.extract.data.bodylines`
(``PROMO_LINE``), which English pages print in or under the text. Matched case-blind."""

from __future__ import annotations

import re

#: The publisher's pitch set into or under an English article, one short paragraph (up to
#: ``BOILERPLATE_MAX_CHARS``; matched from the line's start, :meth:`re.Pattern.match`),
#: dropped wherever it stands. Read on en_a-en_f's misses (issue 11, English body round):
#: the commonest kind of chrome our English bodies keep (trafilatura's keep it too), in six
#: families. The forms are the conventions English news sites share:
#:
#: - a newsletter delivered to the inbox ("Get the Morning Ledger in your inbox.", "Get
#:   local news delivered to your inbox!") or pitched with its cadence ("The Business
#:   Briefing newsletter delivers major stories … Sign up to get it every weekday morning.";
#:   a line opening with "Sign up to" or "Subscribe to" is ``BOILERPLATE_LINE``'s already);
#: - a subscription offer or the paywall's prompt ("Get unlimited digital access for $1 for
#:   the first month.", "Already a subscriber? Log in.");
#: - the app's pitch ("Download The Name App to get Daily Market Updates …") and the news
#:   network's standing line ("(Catch all the Business News … on Name.)");
#: - the tip line ("Have a confidential tip for our reporters? Get in touch.");
#: - a sponsor's label over a paid block ("Together with Name", "Presented by Name",
#:   "In partnership with Name": at most four words after it, no sentence).
#:
#: A sentence that reports on a newsletter, an app or a tip ("The bank's app lets customers
#: …", "A tip from a customer led to …") starts otherwise and stays.
EN_PITCH_LINE = re.compile(
    r"(?:get (?:[\w'’&.$-]+ ){0,6}(?:in|into|to|delivered to|straight to) your inbox\b|"
    r"(?:the |our )?[\w .&'’-]{0,60}\bnewsletter (?:delivers|brings you|sends you|lands)\b|"
    r"(?:get|try|enjoy) unlimited (?:digital )?access\b|"
    r"already (?:a )?(?:subscriber|member)\s*\?|"
    r"download (?:the |our )?[\w .&'’-]{0,60}\bapp (?:to get|for (?:daily|the latest|live))\b|"
    r"\(?catch all the [\w ,&'’-]{0,60}\bnews\b|"
    r"(?:have|got) a (?:confidential |news |story )?tip\b[^.!]{0,40}\?|"
    r"(?:together with|presented by|in partnership with|brought to you by) "
    r"[\w&'’.-]+(?: [\w&'’.-]+){0,3}[.!]?$)",
    re.IGNORECASE,
)
