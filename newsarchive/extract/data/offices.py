"""Data for the offices and occupations written before a name in a byline (:mod:`~newsarchive.
extract.roles`): an English public office ("Attorney General Helen Marsh-Ortiz", "Banking
Commissioner Daniel Okafor") and German occupations ending in a worker's or a keeper's word
("Sozialarbeiterin Ramona Glück", "Nachtwächter Friedhelm Starke"). Session 62, read on
en_ed, en_ee (US state attorneys general's op-eds) and de_full571 (debt counselling); a
notary's or an architect's title (session 66)."""

from __future__ import annotations

#: English public offices before a name (lower case, the whole word): dropped where a full
#: name follows, and with the one word before them that names their field ("Banking and
#: Securities Secretary" split at its "and": "Securities Secretary Darnell Whitcombe").
LEADING_OFFICE_WORDS = frozenset(
    {
        "attorney",
        "general",
        "secretary",
        "commissioner",
        "governor",
        "senator",
        "treasurer",
        "comptroller",
        "superintendent",
        "mayor",
    }
)
#: Ends of German occupation compounds before a name ("Sozialarbeiterin", "Sachbearbeiter",
#: "Nachtwächter"), only as a compound's end (:data:`~.credits.LEADING_ROLE_COMPOUND_ENDINGS`).
LEADING_WORK_ENDINGS = ("arbeiter", "arbeiterin", "wächter", "wächterin")
#: A notary's or an architect's title before a name ("Notar Dr. Jens Albrecht", "Notarin A",
#: "Notarassessorin B", "Innenarchitektin C"): a byline's first word ending in one of these (lower
#: case, the whole word too) is dropped where a name of two words or more follows. Session 66,
#: read on de_full697, de_full701 and de_full707: 6 such names on 4 pages, each judged without
#: the title, none with it; a diploma or a doctor's title stays ("Dipl.-Ing.", "Dr.").
LEADING_PROFESSION_ENDINGS = (
    "notar", "notarin", "assessor", "assessorin", "architekt", "architektin",
    # an auditor ("Wirtschaftsprüfer Dr. B"; read on de_full496)
    "prüfer", "prüferin",
    # (session 67, read on de_full731 and de_full737) an alternative practitioner, a midwife and
    # a secretary ("Heilpraktikerin Sabine Roth", "Gewerkschaftssekretärin A")
    "heilpraktiker", "heilpraktikerin", "hebamme", "sekretär", "sekretärin",
)  # fmt: skip
#: The same professions after a name and a comma, as :data:`~.authornames.TRAILING_ROLE_ENDINGS`
#: ("A und Dr. B, Gewerkschaftssekretärin und Gewerkschaftssekretär im Bezirk X", "Jana
#: Krüger, Hebamme und Praxisleitung"; session 67, read on de_full716 and de_full731).
TRAILING_OFFICE_ENDINGS = ("heilpraktiker", "heilpraktikerin", "hebamme", "sekretär", "sekretärin")
