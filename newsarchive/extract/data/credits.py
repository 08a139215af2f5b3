"""Data for what stands beside a name in a byline without being an author: a role or an
organisational unit after the name (:func:`~newsarchive.extract.names.is_role`)."""

from __future__ import annotations

#: A byline part after a name that ends in a job title ("Product Manager", "finanzpolitische
#: Sprecherin", "Senior Analyst"): its last word, lower case, is one of these. (Whole words
#: only: a surname that merely ends so, "Schleiter", is a name.)
ROLE_LAST_WORDS = frozenset(
    {"manager", "managerin", "sprecher", "sprecherin", "leiter", "leiterin", "berater",
     "beraterin", "referent", "referentin", "vorsitzender", "vorsitzende", "analyst",
     "analystin", "director", "officer", "consultant", "specialist", "redakteur",
     "redakteurin", "geschäftsführer", "geschäftsführerin", "journalist", "journalistin"}
)  # fmt: skip
#: A byline part after a name that names an organisational unit ("Forschungsbereich
#: Bankenregulierung", "Abteilung Kommunikation", "Pressestelle"): its first word, lower
#: case, ends in one of these.
ORG_UNIT_FIRST_ENDINGS = ("bereich", "abteilung", "referat", "pressestelle", "geschäftsstelle")
#: ... or its last word ends in one of these ("Investor Relations", "Unternehmenskommunikation").
ORG_UNIT_LAST_ENDINGS = ("relations", "kommunikation", "communications")
