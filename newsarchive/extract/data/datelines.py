"""Data: an agency named in the dateline that opens a wire text (issue 11)."""

from __future__ import annotations

import re

_DATELINE_AGENCIES = r"(?:dpa-AFX|dpa|AFP|Reuters|AP|KNA|epd|dts|SID|APA|sda|awp)"
#: An agency in a dateline at the start of the body or the lead: "FRANKFURT (dpa-AFX) - ...",
#: "Zürich (awp) - …", "Frankfurt (awp/dpa-AFX) - …", "Hafenstadt (dpa/lnw) - …"; a day after
#: the place and a comma ("Hannover, 14.03.05 (dpa) – …"; session 42, read on dates_cy).
DATELINE_AGENCY = re.compile(
    rf"^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{{1,40}}(?:,\s*\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}}))?"
    rf"\s*\((?P<source>{_DATELINE_AGENCIES}"
    rf"(?:/(?:{_DATELINE_AGENCIES}|[a-z]{{2,4}}))*)\)\s*[-–—:]",
)
