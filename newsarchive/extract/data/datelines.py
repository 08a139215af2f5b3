"""Data: an agency named in the dateline that opens a wire text (issue 11)."""

from __future__ import annotations

import re

_DATELINE_AGENCIES = r"(?:dpa-AFX|dpa|AFP|Reuters|AP|KNA|epd|dts|SID|APA|sda|awp)"
#: An agency in a dateline at the start of the body or the lead: "FRANKFURT (dpa-AFX) - ...",
#: "Zürich (awp) - …", "Frankfurt (awp/dpa-AFX) - …", "Hafenstadt (dpa/lnw) - …".
DATELINE_AGENCY = re.compile(
    rf"^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{{1,40}}\s*\((?P<source>{_DATELINE_AGENCIES}"
    rf"(?:/(?:{_DATELINE_AGENCIES}|[a-z]{{2,4}}))*)\)\s*[-–—:]",
)
