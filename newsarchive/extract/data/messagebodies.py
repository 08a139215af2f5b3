"""A single text holder whose class trafilatura's discard misreads: a message's body
(rounds rb29, rb30), a CMS's rich-text field (session 34)."""

from __future__ import annotations

import re

#: trafilatura's main extractor discards every element whose class holds "message" (its
#: ``OVERALL_DISCARD_XPATH``: a site's status messages). A mailing list archive's or a
#: newsletter's single message view puts the whole text in one such element
#: (``<div class="message">`` of a phpList archive, read on miss lines of bi). Where the page
#: holds exactly one such element (not counting those nested in it) and it holds
#: :data:`MESSAGE_BODY_MIN_PARAGRAPHS` paragraphs that read as text (a sentence's end,
#: :data:`~.widgets.CONTENT_WIDGET_PARAGRAPH_MIN_CHARS` characters or more), the word is
#: renamed (:data:`MESSAGE_CLASS_STAND_IN`) so the text is read. A forum's many posts, a
#: status, error or cookie message (:data:`MESSAGE_CLASS_SKIP`) stay as they are. Message
#: elements nested in the one (a forum's opening post, ``<div class="message"><div
#: class="message-body">``, read on miss lines of dates_v) are renamed with it (round rb30).
MESSAGE_CLASS_WORD = "message"
MESSAGE_CLASS_STAND_IN = "mailtext"
#: The same discard selects every class holding "meta" (its ``_UI_META_CLASS_TOKENS``: a
#: post's meta line, ``entry-meta``). HubSpot's blog template puts the post's whole text in
#: ``<span class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">``
#: (read on blind en_ar's bank blog: its text lost, a disclaimer kept as the body;
#: de_full9's HubSpot pages kept theirs through a larger container, with the author box).
#: The one such element holding the text is renamed as a message is (same test, same skips).
#: Each word a class may hold with what it becomes in the element renamed.
MISREAD_CLASS_WORDS = {MESSAGE_CLASS_WORD: MESSAGE_CLASS_STAND_IN, "meta": "fieldtext"}
MESSAGE_BODY_MIN_PARAGRAPHS = 2
#: The tags of the elements that hold a message's text (looked up with lxml's tag filter,
#: cheaper than an XPath over every node's class; only on pages whose source holds
#: :data:`MESSAGE_CLASS_WORD`; round rb30); ``<span>`` for HubSpot's field (session 34).
MESSAGE_TAGS = ("div", "section", "article", "td", "span")
MESSAGE_CLASS_SKIP = re.compile(
    r"error|alert|flash|cookie|consent|notice|status|system|warning|success|info|"
    r"comment|reply|empty|toast|banner|popup|modal",
    re.IGNORECASE,
)
