"""Data for a post's action bar under its text
(:func:`~newsarchive.extract.actionbars.without_action_bar`)."""

from __future__ import annotations

import re

#: The buttons and counters of a social post's action bar, one item between separators:
#: "Like", "Comment", "Share 4", "12 Likes", "Geteilt 18", "Favorisiert 40", "Gefällt mir",
#: "Antworten", "Boost" (social networks' blogs, fediverse posts, profile pages' entries).
ACTION_WORD = (
    r"(?:likes?|liked|comments?|shares?|shared|repl(?:y|ies)|retweets?|reposts?|"
    r"favou?rites?|favou?rited|boosts?|boosted|reblogs?|reblogged|"
    r"gefällt mir|kommentieren|kommentare?|teilen|geteilt|antworten|antwort(?:en)?|"
    r"favorisiert|favorisieren|favoriten|geboostet|boosten)"
)
#: The post's visibility after its time ("29. Nov. 2022, 18:02 · Öffentlich", "· Public").
VISIBILITY_WORD = r"(?:öffentlich|public|unlisted|nicht gelistet|nur für follower|followers only)"
#: One item: an action with or without its count, or the visibility word.
_ACTION_ITEM = r"(?:[\d.,]+\s*)?" + ACTION_WORD + r"(?:\s*\(?[\d.,]+\)?)?|" + VISIBILITY_WORD
#: A time or date item beside them ("29. Nov. 2022, 18:02", "Dec 5, 2009"): digits and a few words.
_TIME_ITEM = r"(?=[^·|•]*\d)[\w.,:/ -]{1,30}"
_SEP = r"\s*[·|•]\s*"
#: A whole line of two or more items, at least one an action or the visibility: "Like ·
#: Comment", "Geteilt 18 · Favorisiert 40", "29. Nov. 2022, 18:02 · Öffentlich". A line of
#: prose naming a like ("Like the bank, …") has no separators and stays.
ACTION_BAR_LINE = re.compile(
    r"(?:(?:" + _TIME_ITEM + r")" + _SEP + r")*(?:" + _ACTION_ITEM + r")"
    r"(?:" + _SEP + r"(?:" + _ACTION_ITEM + r"|" + _TIME_ITEM + r"))+"
    r"|(?:" + _TIME_ITEM + r")" + _SEP + r"(?:" + _ACTION_ITEM + r")",
    re.IGNORECASE,
)
#: An action bar is short.
ACTION_BAR_MAX_CHARS = 80
