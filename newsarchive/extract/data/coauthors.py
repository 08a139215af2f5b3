"""Co-author credits beside a byline (issue 11, half K's kinds)."""

from __future__ import annotations

import re

#: A co-author's credit near the headline ("Co-Autorin: Stefanie Lorenz", "Mitautor: …",
#: the name possibly in the next text node): that person is an author beside the byline's.
#: Looked for in the first :data:`CO_AUTHOR_NODES` text nodes from the headline on.
CO_AUTHOR_LABEL = re.compile(
    r"(?:co-?|mit)\s*autor(?:in|[*:_]in|innen|en)?\s*:\s*(?P<name>.*)", re.IGNORECASE
)
CO_AUTHOR_NODES = 40
