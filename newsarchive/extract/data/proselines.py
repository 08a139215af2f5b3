"""A paragraph of prose that opens with a promo's words (issue 11,
:mod:`newsarchive.extract.proselines`)."""

from __future__ import annotations

import re

#: A sentence's end followed by the next sentence's capital: :data:`~.bodylines.BOILERPLATE_LINE`
#: drops a short paragraph that opens with a promo's words ("Mehr dazu", "Lesen Sie auch");
#: one of this many sentences or more, the words within its first sentence ("Mehr dazu gibt
#: es beim nächsten Mal. Für die meisten ändert sich nichts. …"), is the text's own paragraph
#: (read on ba, be).
PROSE_SENTENCE_BREAK = re.compile(r"(?<=[a-zäöüß][.!?])\s+(?=[A-ZÄÖÜ])")
PROSE_MIN_SENTENCES = 3
#: The pointer's words that open such a paragraph: the other promo openers of
#: :data:`~.bodylines.BOILERPLATE_LINE` (a copyright's, a newsletter's, a follow-us line's)
#: run to several sentences as boilerplate too.
PROSE_POINTER_OPENER = re.compile(
    r"(?:mehr dazu|mehr zum thema|passend dazu|zum thema)\b(?!\s*:)", re.IGNORECASE
)
#: A consent banner's, a comment form's or a link's words keep the paragraph boilerplate
#: however many sentences it has.
PROSE_NOT_WORDS = re.compile(
    r"cookie|einwilligung|zustimm|datenschutz|kommentar|newsletter|abonn|klicken|https?:|www\.",
    re.IGNORECASE,
)
