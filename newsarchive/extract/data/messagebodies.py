"""A single message's body that trafilatura would discard (rounds rb29, rb30)."""

from __future__ import annotations

import re

#: trafilatura's main extractor discards every element whose class holds "message" (its
#: ``OVERALL_DISCARD_XPATH``: a site's status messages). A mailing list archive's or a
#: newsletter's single message view puts the whole text in one such element
#: (``<div class="message">`` of a phpList archive, read on miss lines of bi). Where the page
#: holds exactly one such element (not counting those nested in it) and it holds
#: :data:`MESSAGE_BODY_MIN_PARAGRAPHS` paragraphs that read as text (a sentence's end,
#: :data:`~.body.CONTENT_WIDGET_PARAGRAPH_MIN_CHARS` characters or more), the word is
#: renamed (:data:`MESSAGE_CLASS_STAND_IN`) so the text is read. A forum's many posts, a
#: status, error or cookie message (:data:`MESSAGE_CLASS_SKIP`) stay as they are. Message
#: elements nested in the one (a forum's opening post, ``<div class="message"><div
#: class="message-body">``, read on miss lines of dates_v) are renamed with it (round rb30).
MESSAGE_CLASS_WORD = "message"
MESSAGE_CLASS_STAND_IN = "mailtext"
MESSAGE_BODY_MIN_PARAGRAPHS = 2
#: The tags of the elements that hold a message's text (looked up with lxml's tag filter,
#: cheaper than an XPath over every node's class; only on pages whose source holds
#: :data:`MESSAGE_CLASS_WORD`; round rb30).
MESSAGE_TAGS = ("div", "section", "article", "td")
MESSAGE_CLASS_SKIP = re.compile(
    r"error|alert|flash|cookie|consent|notice|status|system|warning|success|info|"
    r"comment|reply|empty|toast|banner|popup|modal",
    re.IGNORECASE,
)
