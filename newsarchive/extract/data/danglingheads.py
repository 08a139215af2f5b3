"""Data for a list's heading left alone under the text
(:func:`~newsarchive.extract.danglingheads.without_dangling_heading`)."""

from __future__ import annotations

import re

#: A short line ending in a colon, the label of a list under the text ("Ältere Neuigkeiten:",
#: "Einträge dazu im Gästebuch:", "Related posts:", "Kommentare zum Beitrag:"): when it
#: closes the body, the list it announced (other posts, a guest book, comments) was no
#: text and has left, so the heading is chrome too. One colon only: a labelled field
#: ("Anlagen: keine") stays; it opens with a letter, so a list's item ("- Girokonto:") stays.
DANGLING_HEADING = re.compile(r"[^\W\d_][^:.!?]{1,59}:")
#: At least so many words: one word and a colon ("iPhone:") may be a list's item or a label
#: of the text's own.
DANGLING_HEADING_MIN_WORDS = 2
#: At most so many words: a sentence introducing a quote ("Der Vorstand schreibt dazu in
#: seinem Brief an alle Mitglieder des Vereins:") is longer.
DANGLING_HEADING_MAX_WORDS = 6
