"""English chrome phrases for the body's lines (:mod:`newsarchive.extract.body`): the English
counterparts of the German pointer and promotion lines in
:mod:`newsarchive.extract.data.bodylines`, which English pages print in or under the text.
Matched case-blind unless a pattern says otherwise (``(?-i:…)``)."""

from __future__ import annotations

import re

#: A pointer to other articles set into or under an English text, one short line (up to
#: ``BOILERPLATE_MAX_CHARS``, matched whole), dropped wherever it stands, beside
#: ``BOILERPLATE_LINE``'s "Read more:" and "Related:" (which need their colon). Read on the
#: English sets' misses (issue 11: rbe1's en_c and en_f, rbe2's en_g and en_h; five
#: families): the forms English news sites share are
#:
#: - a label in capitals before a linked headline, with or without its colon ("MORE:
#:   headline", "READ MORE headline", "ALSO READ headline"): the capitals are the label's
#:   (a sentence opening with "More:" or "Read more about …" stays);
#: - the label of a box or rail of other articles alone on its line ("Related Items",
#:   "Related links", "More articles", "Recommended", "More for you", "Trending now",
#:   "Most popular", "Editor's picks", "Don't miss", "Up next");
#: - a card's "Read more" or "Continue reading" alone (the link under a teaser).
EN_POINTER_LINE = re.compile(
    r"(?-i:MORE|ALSO|RELATED|WATCH|LISTEN)\s*:\s*\S.*|"
    r"(?-i:READ MORE|ALSO READ|READ ALSO|SEE ALSO|MUST READ)\b\s*:?\s*\S.*|"
    r"(?:related (?:items|links|reading|posts|news)|more (?:articles|stories|news|posts)|"
    r"recommended(?: for you| stories| articles)?|more for you|top stories|most (?:popular|read)"
    r"(?: stories| articles| now)?|trending(?: now| stories)?|popular (?:now|stories)|"
    r"editor['’]?s picks|don['’]?t miss|up next|what to read next|read more|"
    r"continue reading)\s*[:.…]?",
    re.IGNORECASE,
)

#: A post's meta line under an English text: its tags or rubrics, its counters, a journal's
#: mood ("Tags: banks, social media", "Labels: fees", "Filed under: Banking", "Channels:
#: Retail banking, Security", "Views: 212", "Reactions: ledgerfox and 214 others", "Current
#: Mood: busy", "Current Music: the radio"): a label, its colon and a short value, no
#: sentence. Read on four read sets in four families of different writers (issue 11, rbe4:
#: en_e's forum threads, en_i's trade news portal, en_j's journals, en_k's community blogs).
#: Dropped among the body's last :data:`~.bodylines.CLOSING_LINES` lines, on lines of up to
#: :data:`EN_META_LINE_MAX_CHARS`.
EN_META_LINE = re.compile(
    r"(?:tags|tagged(?: with| in| as)?|labels|categor(?:y|ies)|filed (?:under|in)|posted in|"
    r"channels|topics|keywords|views|reads|hits|reactions|likes|current (?:mood|music|location))"
    r"\s*:\s*[^.!?:]{1,100}",
    re.IGNORECASE,
)
EN_META_LINE_MAX_CHARS = 120
