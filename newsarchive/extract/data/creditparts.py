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
#: A wire service's sign-off naming its reporters ("(Reporting by A in Stockholm and B in
#: Helsinki; Editing by C)"): the reporters wrote the text, the editors did not; read where
#: the byline names only a desk or nobody (session 52, read on en_bt; the sign-off line
#: itself leaves the body, :data:`~.bodylines.SIGN_OFF_LINE`). Each reporter's place ("in
#: London") is cut (:data:`WIRE_REPORTER_PLACE`).
WIRE_REPORTING = re.compile(
    r"\(?\s*reporting\s+by\s+(?P<names>[^;()]{3,160}?)\s*(?:;[^()]*)?\)?\.?", re.IGNORECASE
)
WIRE_REPORTER_PLACE = re.compile(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?=\s*(?:,|\band\b|$))")
#: A closing line naming the writer as the text's contact ("Kontakt zum Autor: A, Marketing
#: und Kommunikation, Telefon …", "Text und Kontakt: A, Unternehmenskommunikation, …"): the
#: name before the first comma, whatever follows it (a role, a phone, an address); read like
#: :data:`~.credits.CLOSING_CREDIT` (session 58, read on barrier-free versions of bank
#: news, de_full401 and de_full407). A press contact alone ("Pressekontakt: A") is none.
CONTACT_CREDIT = re.compile(
    r"(?i:kontakt\s+zu[mr]\s+autor(?:in)?|text\s+und\s+kontakt|autor(?:in)?\s+und\s+kontakt)"
    r"\s*:\s*(?P<names>[^,:|·•;]{3,60}?)\s*(?:,.*)?"
)
