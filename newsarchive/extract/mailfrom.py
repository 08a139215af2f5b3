"""A mail's or a news posting's sender in an archive's message header ("Von: Martin
Sievers <m.sievers@…>"; :data:`~.data.MAIL_FROM`), read with the byline text: the first
message's sender wrote the thread's opening post. Kind read in aq, be and de_full25
(issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract import data


def mail_from(text: str) -> re.Match[str] | None:
    """The sender header ``text`` is, if it is one."""
    return data.MAIL_FROM.fullmatch(text) if "@" in text else None
