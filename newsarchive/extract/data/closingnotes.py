"""Notes that close a column, a guest post or a series' episode after its text: a labelled
biography or series note ("Über den Autor: A hat …", "Über diese Reihe: In „X“ …", "Zur
Serie: …"), a series' sentence ("In der Reihe „X“ kommen … zu Wort") and the disclaimer that
the text is its writer's opinion ("Dieser Beitrag gibt die Meinung des Autors wieder …",
"… gibt ihre persönliche Auffassung wieder"; not the customers' opinion a text reports).
Part of :data:`~.bodylines.CLOSING_BLOCK`: in the body's second half such a line and every
line after it leave the body (kind read in session 52 on de_full210, de_full215 and
de_full235, three writers of guest posts, columns and series: 6 pages)."""

from __future__ import annotations

import re

LABELLED_CLOSING_NOTE = (
    r"(?:über\s+(?:den|die)\s+(?:gast)?autor(?:in)?|zum\s+(?:gast)?autor|zur\s+(?:gast)?autorin"
    r"|über\s+(?:diese|die)\s+(?:reihe|serie|kolumne|rubrik)|zur\s+(?:reihe|serie|kolumne|rubrik))"
    r"\s*:\s*\S.*"
    r"|in\s+der\s+(?:reihe|serie|rubrik|kolumne)\s+[„\"»].*"
    r"|(?:(?:dieser|der)\s+(?:gast)?(?:beitrag|artikel|text|kommentar|kolumne)\s+gibt"
    r"|(?:gast)?(?:beiträge|artikel|kommentare|kolumnen)\s+geben)"
    r"\s+(?:ausschließlich\s+|allein\s+|nur\s+)?(?:die\s+(?:persönliche\s+)?"
    r"(?:meinung|auffassung|ansicht)\s+de[rs]\s+(?:jeweiligen\s+)?(?:gast)?(?:autor|verfasser)\w*"
    r"|(?:ihre|seine)\s+(?:persönliche\s+)?(?:meinung|auffassung|ansicht))\b.*"
)
#: A closing bio that names its writer by the role only ("Die Autorin ist Fachanwältin …",
#: "Der Autor leitet …", "Die Verfasserin forscht …"): the bio of the text's credited writer
#: (:mod:`~newsarchive.extract.authorbio`; session 55, read on de_full295).
AUTHOR_BIO_ROLE = re.compile(
    r"(?:Die|Der)\s+(?:Autorin|Autor|Autorinnen|Autoren|Verfasserin|Verfasser)\s+"
    r"(?:ist|war|schreibt|arbeitet|lebt|leitet|berät|forscht|lehrt|sind|waren)\b"
)
#: A closing credit of a titled writer, an affiliation or a sentence after the name ("Text:
#: Dr. Ewald Fenske, Kreisarchiv Riedhausen. Wir danken …", "Text: Prof. Dr. A. Der Autor
#: lehrte …"): the titled name (the titles' points keep :data:`~.credits.CLOSING_CREDIT`
#: from reading it; :func:`~newsarchive.extract.signatures.closing_credit`; session 55, read
#: on the chronicles de_full305 and de_full311).
TITLED_CLOSING_CREDIT = re.compile(
    r"(?i:text|bericht|autor(?:in)?)\s*:\s*"
    r"(?P<names>(?:(?:Prof|Dr|Dipl\.-[\w-]+|Mag)\.\s*)+[A-ZÄÖÜ][\w'-]+"
    r"(?:\s+(?:von\s+)?[A-ZÄÖÜ][\w'-]+){1,2})\s*(?:,\s*[^.:]{2,80})?\.(?:\s|$)"
)
#: A sentence crediting the text's writers ("Diesen Artikel haben A und B gemeinsam
#: geschrieben.", "Diesen Beitrag haben A und B für uns geschrieben. Beide forschen …",
#: "Diese Nachricht hat A geschrieben.", a plain-language page's credit): the names
#: (:func:`~newsarchive.extract.signatures.closing_credit`; session 56, read on de_full335).
WROTE_CREDIT = re.compile(
    r"(?:Diesen|Diese|Den|Das)\s+(?:Text|Artikel|Beitrag|Nachricht|Meldung|Bericht|Kommentar)"
    r"\s+ha(?:t|ben)\s+(?P<names>(?:(?:Dr|Prof)\.\s+)?[A-ZÄÖÜ](?:\s(?:Dr|Prof)\.|[^.!?:]){2,160}?)"
    r"(?:\s+(?:gemeinsam|zusammen|zu\s+zweit))?(?:\s+für\s+(?:uns|Sie|euch))?"
    r"\s+(?:geschrieben|verfasst)\.(?:\s|$)"
)
