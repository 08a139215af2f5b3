"""Data for a speech's page (:mod:`newsarchive.extract.speakers`): the notice that marks a
manuscript, the lines that name its speakers (issue 11, session 56: read on the speeches
kind, de_full325 and de_full331, and the European institutions' speeches of en_cp and
en_cq)."""

from __future__ import annotations

import re

#: The notice a speech's manuscript carries ("Es gilt das gesprochene Wort.", "Sperrfrist:
#: …, 11:00 Uhr – Es gilt das gesprochene Wort.", "Check against delivery"): at a text node's
#: start or after a sentence's or a dash's end, not inside a sentence or a link's
#: parenthesis ("Rede von A im Landtag (Manuskript, es gilt das gesprochene Wort)").
SPOKEN_WORD = re.compile(
    r"(?:^|[.:;·–—-]\s*)(?:es gilt das gesprochene wort|check against delivery)\b", re.IGNORECASE
)
#: A line naming the speakers before their names ("Rede von A, Präsidentin, beim …",
#: "Gemeinsame Rede von A und B, …", "Speech by A, Member of the Board, at …"); alone in a
#: text node ("Speech by" <a>A</a>) the names follow in the next nodes.
SPEECH_BY = re.compile(
    r"^(?:gemeinsame\s+|joint\s+)?(?:rede|ansprache|grußwort|festrede|keynote|speech|remarks)"
    r"\s+(?:von|by)\b\s*",
    re.IGNORECASE,
)
#: A speaker's label in a speech's facts ("Rednerin", "Redner:", "Speaker") before the name
#: or in the same node ("Redner: Dr. A, Präsident des Verbands").
SPEAKER_LABEL = re.compile(
    r"^(?:redner(?:in|innen)?|redner\*innen|speakers?)\s*:?\s*", re.IGNORECASE
)
#: The name list's joining word opening a part ("…, Vorsitzender des Vorstands, und B, …").
SPEAKER_AND = re.compile(r"^(?:und|sowie|and)\s+", re.IGNORECASE)
#: The same word between two names in one part ("A und B, Exekutivdirektoren der X").
SPEAKER_AND_INSIDE = re.compile(r"\s+(?:und|sowie|and)\s+", re.IGNORECASE)
#: Text nodes after a lead or a label that may hold the speakers' names and their roles.
SPEAKER_VALUE_NODES = 6
