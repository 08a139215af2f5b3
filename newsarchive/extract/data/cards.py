"""Microformats person cards as byline markup (issue 11, half K's kinds)."""

from __future__ import annotations

#: A person card (microformats: ``h-card``, the older ``vcard``; whole class words) whose
#: name part (:data:`CARD_NAME_CLASSES`) is a byline, read before the card's other parts
#: (``p-job-title``, ``title``, ``org``: a role and an employer are no authors); never in a
#: comment (WordPress marks commenters ``comment-author vcard``) or a form.
CARD_CLASSES = frozenset({"h-card", "vcard"})
CARD_NAME_CLASSES = frozenset({"p-name", "fn"})
#: Class parts that make a page worth the card search (with ``AUTHOR_MARKUP_CLASS_PARTS``).
CARD_CLASS_PARTS = ("h-card", "vcard")
