"""Data: the function words that tell a text's language where the page declares none
(issue 11, session 28; :func:`~newsarchive.extract.language.guess_language`)."""

from __future__ import annotations

_DE = """der die das und ist nicht ein eine einen mit sich auf für den dem des im zu von auch es
wird wir sie ich aber bei nach wie noch oder werden wurde sind hat haben kann nur über vor aus
dass wenn schon"""
_EN = """the and of to is in that for with on it are was be this as by have from not at they you
but or which has were will their would been there what can about"""
_FR = """le la les et des est une un pour dans que qui sur pas au du avec sont ce il elle nous vous
mais ou par plus leur été être fait"""
_NL = """de het een en van is dat op voor met niet zijn te ook als bij maar wordt er naar heeft
hebben worden deze door"""
_IT = """il la di che e un una per non sono con del della gli le si anche nel alla delle dei questo
come più ma"""
_ES = """el la los las de que y en un una por para con no es se del al más pero como sus este esta
fue son también"""

#: The most frequent short words of each language (lower case). A word two languages share
#: ("de", "la", "die") counts for both; the guess needs a clear lead (:data:`LANGUAGE_LEAD`).
LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in (
        ("de", _DE),
        ("en", _EN),
        ("fr", _FR),
        ("nl", _NL),
        ("it", _IT),
        ("es", _ES),
    )
}
#: A guess needs this many function words of its language ...
LANGUAGE_MIN_WORDS = 12
#: ... and this many times the next language's count.
LANGUAGE_LEAD = 1.5
