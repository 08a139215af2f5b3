"""Data for a mail's sender in a mail or news archive (:mod:`newsarchive.extract.mailfrom`,
:mod:`newsarchive.extract.bylines`): the "From:" header and Mailman's name over its address."""

from __future__ import annotations

import re

#: A mail's or a news posting's sender in an archive's message header ("Von: Martin Sievers
#: <m.sievers@…>", "From: A <a@…>", the label in a cell or a ``<b>`` of its own; the first
#: message's sender wrote the thread's opening post): the name before the address in angle
#: brackets. Read by :mod:`~newsarchive.extract.mailfrom`; kind read in aq, be and
#: de_full25 (issue 11, session 17).
MAIL_FROM = re.compile(
    r"(?P<lead>(?i:von|from|absender))\s*:\s*(?P<name>[^<>@\n]{2,60}?)\s*<[^<>\s]*@[^<>]*>\s*"
)
#: A sender's address alone in its node as Mailman's archive spells it ("jan.roth at
#: example.org"): the full name in the node before it is the message's writer
#: (:func:`~newsarchive.extract.bylines._mailed`; session 43, read on de_full13 and en_h).
#: Not a plain address: a press release's contact box shows its name and address so.
MAIL_ADDRESS_NODE = re.compile(r"[\w.+-]+\s+at\s+[\w-]+(?:\.[\w-]+)+")
