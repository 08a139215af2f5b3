"""Data for a message's labelled subject (read by :mod:`~newsarchive.extract.subjectlines`):
a group's or a board's message, a council's record, shows its subject after a label
("<td>Betreff: <b>Depotbewertung Ende März: die Telekom zieht uns runter</b>",
"<th>Betreff:</th><td><b>Jahresabschluss 2024 …</b></td>") under the group's, the board's
or the record's name, which the metadata title gives. Kind read in cb, bz, ag and de_full33
(issue 11, session 19)."""

from __future__ import annotations

#: Labels of a subject (lower case, with their colon), a text node's whole text; a council
#: information system's "Betreff" cell has none (SessionNet's, ALLRIS's ``<dt>Betreff</dt>``
#: beside ``<dd>`` under the ``<h1>`` "Vorlage - VO/2024/0137"; session 61, read on de_full516).
SUBJECT_LABELS = ("betreff:", "subject:", "thema:", "topic:", "betreff")
#: The labels a thread's heading may open with, taken from the title (those, a board's
#: "Diskussion:").
TITLE_SUBJECT_LABELS = (*SUBJECT_LABELS, "diskussion:")
#: The text nodes that may be such a label (a cheap test before the exact one).
SUBJECT_LABEL_XPATH = (
    "//body//text()[contains(., 'etreff') or contains(., 'ubject:') or contains(., 'hema:')"
    " or contains(., 'opic:')]"
)
#: Elements that show a subject after its label in the same element.
SUBJECT_VALUE_TAGS = ("b", "strong", "span", "font", "h2", "h3", "h4", "a")
#: A subject opening so is a reply's, not the thread's own ("Re: …", "AW: …").
SUBJECT_REPLY = r"(?i)(re|aw|fw|fwd|wg)\s*(\[\d+\])?\s*:"
#: So many labelled lines are read (the first one that gives a subject counts).
SUBJECT_LINES_MAX = 3
#: How far up from a reply's "Re: …" heading its post block may stand (phpBB 3:
#: ``div.post > div.inner > div.postbody > div > h3``).
REPLY_POST_DEPTH = 5
