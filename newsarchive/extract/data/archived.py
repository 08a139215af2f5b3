"""Page parts of archived and converted pages (issue 11, de_full12's kinds): layout tables
with spacer cells, a PDF's page breaks set as lines, reprint notes, a related-content list
closing the text. Matched case-insensitively."""

from __future__ import annotations

import re

#: A Markdown table row's cell boundary: a ``|`` not escaped as ``\|`` (a pipe inside a cell).
ROW_CELL_SPLIT = re.compile(r"(?<!\\)\|")
