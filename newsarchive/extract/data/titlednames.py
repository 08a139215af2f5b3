"""Academic titles shown before a writer's name (issue 11, session 35): read by
:mod:`newsarchive.extract.titledname` where the metadata gives the name bare."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL

#: One academic or professional title as German, Austrian and English bylines show it
#: before a name: "Prof.", "Univ.-Prof.", "Dr.", "Dr. med.", "Dr. med. dent.", "Dr. h. c.",
#: Austrian "Mag.", "Mag.a", "MMag.", "DI", a diploma with its school ("Dipl.-Ing.", "Dipl.-Kfm.",
#: "Dipl.-Ing. (FH)"; session 65), British "Dr" without its point (case-sensitive).
#: A diploma's school in brackets after it ("Dipl.-Ing. (FH)", "(TH)", "(Univ.)"): part of the
#: title, never an aside left out of the name (session 65).
DIPLOMA_SCHOOL = r"\((?:FH|TH|Univ\.?)\)"
_TITLE = (
    r"(?:(?:Univ\.-)?Prof\.|Dr\.(?:\s?(?:med(?:\.\s?(?:dent|vet))?|rer\.\s?nat|rer\.\s?pol|phil|jur|h\.\s?c)\.)?"
    rf"|Dr(?=\s)|M?Mag\.(?:a\b)?|DI|Dipl\.-[^\W\d_]+\.(?:\s{DIPLOMA_SCHOOL})?)"
)
#: A text node that is one name with its titles and nothing else ("Dr. Anna Berger",
#: "Prof. Dr. Henrike Vogt", "Mag. Julia Hofer"): the name as the byline shows it. Two to
#: four words of a capital each; the page's form replaces the metadata's bare name.
TITLED_NAME = re.compile(
    rf"(?P<titles>{_TITLE}(?:\s{_TITLE})*)\s(?P<name>{NAME_CAPITAL}[^\W\d_]+(?:[-'][^\W\d_]+)*"
    rf"(?:\s{NAME_CAPITAL}[^\W\d_]+(?:[-'][^\W\d_]+)*){{1,3}})"
)
#: Text nodes longer than this are no name alone and are not tested.
TITLED_NAME_MAX_CHARS = 60
#: A byline text node's lead ("Von Dr. Lea Schmitt-Kessler und Marco Biehl", "By Dr. A and
#: B"), at its start or after other meta ("Eine Kolumne von Dr. A", "5 Min. · Autorin: Dr.
#: A": session 54): the titled names in such a node (each name up to its first word in
#: lower case or its comma) are shown forms too; the node at most
#: :data:`TITLED_BYLINE_MAX_CHARS` long.
TITLED_BYLINE_LEAD = re.compile(r"(?:^|\s)(?:[Vv]on|[Bb]y|Text:|Autor:|Autorin:)\s")
#: ... or a node opening with a titled name joined to another, its lead in the node before
#: ("von" <span>Dr. Ute Brenneis und Malte Sörensen</span>; session 61, read on de_full557).
TITLED_JOINED_NODE = re.compile(rf"{TITLED_NAME.pattern}\s*(?:,|und|and|&)\s")
TITLED_BYLINE_MAX_CHARS = 160
#: Letters that keep no mark a decomposition can drop, spelled as a metadata feed folds
#: them to ASCII ("Aydın" as "Aydin", "Reuß" as "Reuss", "Søren" as "Soren"): the key by
#: which a metadata name and the name the byline shows are compared (session 45, read on
#: de_full166: JSON-LD "Selin Aydin" under the byline's "Selin Aydın").
FOLDED_LETTERS = str.maketrans(
    {"ı": "i", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"}
)
#: German umlauts as ASCII spells them out ("Oelschlaegel" for "Oelschlägel"), the other
#: key a shown spelling is compared by (session 45, read on de_full138).
SPELLED_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
#: The text nodes from the headline on searched for a name's marked spelling.
SHOWN_SPELLING_NODES = 60
