"""A person's name opens with a given name (:data:`~newsarchive.extract.data.GIVEN_NAMES`):
the test a rule of last resort asks before it takes a lone two-word text for a person."""

from __future__ import annotations

import re
import unicodedata

from newsarchive.extract import data

#: Academic titles before the given name ("Dr. Anna Roth", "Prof. Dr. Jan Ott", "Dipl.-Ing.
#: (FH) Jan Ott").
_TITLES = re.compile(
    rf"^(?:(?:dr|prof|dipl\.-[^\W\d_]+|dipl|ing|mag|med|dent|vet|phil|rer|nat)\.\s*(?:{data.DIPLOMA_SCHOOL}\s*)?)+",
    re.IGNORECASE,
)


#: Letters with no decomposition into a base letter and a mark, spelled by their base: the
#: Turkish dotless i ("Pınar"), the Polish ł ("Łukasz"), the Nordic ø ("Søren"), đ, æ, œ.
_UNMARKED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"})


def plain(word: str) -> str:
    """``word`` in lower case without diacritics ("Jürgen" → "jurgen", "Ayşe" → "ayse",
    "Pınar" → "pinar")."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_UNMARKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def without_titles(name: str) -> str:
    """``name`` without the academic titles before it ("Prof. Dr. Anna Roth" → "Anna Roth")."""
    return _TITLES.sub("", name.strip())


def opens_with_given_name(name: str) -> bool:
    """Whether ``name`` (titles aside) opens with a common given name; a double name counts
    by its first part ("Hans-Peter Ott", "Kai-Uwe Rehn")."""
    words = _TITLES.sub("", name.strip()).split()
    if not words:
        return False
    first = plain(words[0])
    return first in data.GIVEN_NAMES or first.split("-")[0] in data.GIVEN_NAMES
