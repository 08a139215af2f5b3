"""A post's meta line split over elements: the date in an element of its own (``<time>``,
``<span>``) and the writer after a separator in the next text node ("<time>26.11.2019</time>
· Malte Siebels"), as small blog themes print it (read on half BB, issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract.data.authors import _DATE

#: A text node that is a date and nothing else ("26.11.2019", "3. Mai 2021", "Mai 3, 2021").
DATE_ALONE = re.compile(rf"\s*{_DATE}\s*")
#: The next text node opening with a separator and text after it ("· Malte Siebels"); the two
#: are read as one byline ("26.11.2019 · Malte Siebels": ``BYLINE_AFTER_DATE`` and
#: ``BYLINE_AFTER_LONG_DATE`` then decide whether a name follows).
SEPARATED_NODE = re.compile(r"\s*[·•|–-]\s*\S")
