"""The words before a person's full name that are no part of it leave the name: a
closing's possessive ("Ihr Björn Ohlsen"), a site's status ("Admin", "Regionaut") and a
profession's abbreviation ("RA", "StB"); academic titles stay, a diploma's too ("Dipl.-Kfm.",
session 65) (:data:`~newsarchive.extract.data.NAME_LEAD_WORD`; kind read across 17 set pages,
session 33, issue 11). A team after the word is left as it stands."""

from __future__ import annotations

import pytest

from newsarchive.extract.roles import without_leading_roles


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ihr Björn Ohlsen", "Björn Ohlsen"),
        ("Eure Ricarda Hölting", "Ricarda Hölting"),
        ("Admin Anna Berg", "Anna Berg"),
        ("Regionaut Deniz Arslan", "Deniz Arslan"),
        ("RA Thomas Bergner", "Thomas Bergner"),
        ("StB Dipl.-Kfm. Horst Ebeling", "Dipl.-Kfm. Horst Ebeling"),
        ("StB Dr. Kerstin Hagemann", "Dr. Kerstin Hagemann"),  # (the academic title stays)
        ("RAin Prof. Dr. Ute Lenz", "Prof. Dr. Ute Lenz"),
        ("Dr. Horst Ebeling", "Dr. Horst Ebeling"),
        ("Ihr Praxisteam der Tierklinik Moorgau", "Ihr Praxisteam der Tierklinik Moorgau"),
        ("Ihr Sparkassen-Team", "Ihr Sparkassen-Team"),
        ("Rainer Hostmann", "Rainer Hostmann"),
        # a podcast's "Mit" before its host (session 39: cl, de_full4)
        ("Mit Svenja Hoberg", "Svenja Hoberg"),
        ("Mitja Hoberg", "Mitja Hoberg"),
    ],
)
def test_lead_word_leaves(name: str, expected: str) -> None:
    assert without_leading_roles(name) == expected
