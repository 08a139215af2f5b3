"""English chrome phrases for the body's lines (:mod:`newsarchive.extract.body`): the English
counterparts of the German stamp lines in :mod:`newsarchive.extract.data.bodylines`, which
English pages print above, in or under the text. Matched case-blind."""

from __future__ import annotations

import re

#: A post's stamp in English, one short line (up to ``EN_STAMP_MAX_CHARS``, matched whole),
#: dropped wherever it stands: the reading time the blog tools print beside the byline
#: ("5 min read", "3 minute read", "Reading time: 4 minutes", "Read time: 6 min"), and an
#: old news tool's (PHP-Nuke's) "Posted by Name on Tuesday, March 16, 2004 @ 10:15:00 EST
#: (1,728 reads)" with its read counter. Read on en_h's misses (issue 11: two families).
EN_STAMP_LINE = re.compile(
    r"(?:\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read|"
    r"(?:estimated )?read(?:ing)? time\s*:?\s*(?:about |approx\.? )?\d{1,3}\s*min(?:ute)?s?\.?|"
    r"posted by .{2,80}? on .{6,80}?\(\s*[\d,.]+ reads?\s*\))",
    re.IGNORECASE,
)
#: Only lines up to this length are tested against ``EN_STAMP_LINE``.
EN_STAMP_MAX_CHARS = 200
#: The byline's label on a line of its own above the text ("Written by", "Posted by",
#: "Words by", "Author:"), the name on the next line: both leave when they stand among the
#: text's first lines and the name is short (``EN_BYLINE_NAME_MAX_WORDS`` words, no full
#: stop). A blog tool's header box (Framer, Webflow) sets them as two paragraphs. Read on
#: en_h's misses.
EN_BYLINE_LABEL = re.compile(r"(?:written|posted|words|story|text) by\s*:?|author\s*:", re.I)
#: A name after ``EN_BYLINE_LABEL`` has at most this many words.
EN_BYLINE_NAME_MAX_WORDS = 4
