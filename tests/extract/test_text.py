"""Text helpers: the word threshold that stops early (:func:`has_words`), the removal of
invisible characters (:func:`drop_invisible`)."""

from __future__ import annotations

import re
import sys

import pytest

from newsarchive.extract import data
from newsarchive.extract.text import (
    ascii_twin,
    drop_invisible,
    fold,
    folds_among,
    has_words,
    may_hold,
    search_lowered,
)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "eins", "eins zwei", "eins, zwei; drei", "ä-ö ü 3 … x_y", "a " * 500, "—·—"],
)
@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_has_words_is_the_full_count_compared(text: str, count: int) -> None:
    assert has_words(text, count) == (len(re.findall(r"\w+", text)) >= count)


def test_has_words_boundary() -> None:
    assert has_words("Guten Morgen Welt", 3)
    assert not has_words("Guten Morgen", 3)


def test_only_four_other_characters_match_an_ascii_letter_case_insensitively() -> None:
    # what ascii_twin rests on: beside its two cases, a case-insensitive ASCII letter takes
    # only characters outside ASCII
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    others = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        others |= {m.group() for m in re.finditer(letter, every, re.I)} - {letter, letter.upper()}
    assert others == {"\u0130", "\u0131", "\u212a", "\u017f"}


def test_no_other_character_of_a_pattern_matches_ascii_case_insensitively() -> None:
    # the other side of ascii_twin: a pattern's non-ASCII character ("ä" of "ähnlich") other
    # than the four matches no ASCII character in either case
    four = {"\u0130", "\u0131", "\u212a", "\u017f"}
    others = (
        chr(point)
        for point in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= point <= 0xDFFF and chr(point) not in four
    )
    every_other = re.compile("[" + "".join(map(re.escape, others)) + "]", re.I)
    assert every_other.search("".join(map(chr, range(0x80)))) is None
    assert re.compile("[\u212a]", re.I).search("k")  # (the check can fail)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile("aehnlich|ähnlich|similar", re.I),
        data.BOILERPLATE_TOKEN,
        re.compile("|".join(map(re.escape, data.VISIBLE_DATE_SKIP_WORDS)), re.I),
    ],
)
def test_ascii_twin_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    twin = ascii_twin(pattern)
    assert twin is not None
    values = [
        "Comments-Area", "SHARE", "author-BIO", "x-Kicker", "nav", "NAVBAR", "wm-IPP",
        "Sidebar-left", "a_b_Infobox", "Related-Posts", "elementor-widget", "post", "",
        "aehnliche-Beitraege",
        "comment\u0130", "s\u0131debar", "\u017fhare",  # (not ASCII: the pattern itself)
    ]  # fmt: skip
    for value in values:
        for find in (pattern.search, pattern.fullmatch):
            expected = find(value) is not None
            if value.isascii():
                twin_find = twin.search if find == pattern.search else twin.fullmatch
                assert (twin_find(value.lower()) is not None) is expected, value


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile("abc"),  # case-sensitive already
        re.compile(r"a\Sb", re.I),
        re.compile("[A-Z]x", re.I),
        re.compile(r"\u0130x", re.I),
        re.compile(r"\x41", re.I),
        re.compile("\u017fhare", re.I),  # (a raw "ſ", which matches "s" and "S")
    ],
)
def test_ascii_twin_refuses_other_patterns(pattern: re.Pattern[str]) -> None:
    assert ascii_twin(pattern) is None


def test_boilerplate_token_and_skipped_parts_use_the_twin() -> None:
    from newsarchive.extract import nodes, pruning

    assert pruning._boilerplate_token("Comments-Area")
    assert not pruning._boilerplate_token("elementor-widget")
    assert nodes._names_skipped_part("Site-NAVBAR")
    assert nodes._names_skipped_part("s\u0130debar")  # (not ASCII: the pattern decides)
    assert not nodes._names_skipped_part("article")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Von Anna Müller",
        "Von Mat\u00adthi\u00adas Lau\u200berer",
        "\ufeffZins\u200c\u200dwende\u2060",
        "\u00ad" * 5,
        "Sparkasse \u00e4ndert Geb\u00fchren \U0001f4b6 ab 1. M\u00e4rz",
        "ascii only",
    ],
)
def test_drop_invisible_is_the_translation(text: str) -> None:
    assert drop_invisible(text) == text.translate(data.INVISIBLE)


def test_drop_invisible_removes_every_invisible_character_only() -> None:
    every = "".join(map(chr, range(0x3000))) + "\ufeff\uffff"
    assert drop_invisible(every) == every.translate(data.INVISIBLE)
    assert all(value is None for value in data.INVISIBLE.values())


def test_lowering_a_text_keeps_what_a_case_insensitive_letter_matches() -> None:
    # what search_lowered rests on: a pattern letter (ASCII or a German one) matches just the
    # characters whose lower case it is, but for "İ", "ı" and "ſ"; and lowering keeps \\w
    odd = {"\u0130", "\u0131", "\u017f"}
    every = "".join(chr(p) for p in range(sys.maxunicode + 1) if not 0xD800 <= p <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyzäöüß":
        matched = {m.group() for m in re.finditer(letter, every, re.I)}
        lowered = {c for c in matched if c.lower() == letter}
        assert matched - lowered <= odd, letter
    assert all(c in matched or c.lower() != "ß" for c in "ßẞ")
    words = {m.group() for m in re.finditer(r"\w", every)}
    assert all((c.lower()[0] in words) == (c in words) for c in every if c not in odd)


@pytest.mark.parametrize(
    "text",
    [
        "Zuletzt AKTUALISIERT am 3.4.2024",
        "Stand: 01.03.2024",
        "Preisstand 2024",
        "Letzte Änderung: 4. Mai",
        "LETZTE ÄNDERUNG",
        "Bestand und Umstand",
        "",
        "kein Wort",
        "Preiſstand 2024",
        "\u0130nformationsstand",
        "aktual\u0131siert",
    ],
)
def test_search_lowered_finds_what_the_pattern_finds(text: str) -> None:
    pattern = data.VISIBLE_DATE_UPDATE
    found, lowered = pattern.search(text), search_lowered(pattern, ascii_twin(pattern), text)
    assert (found and found.span()) == (lowered and lowered.span())


@pytest.mark.parametrize(
    "text",
    [
        "Gefällt dir unser Magazin? Dann unterstütze uns.",
        "WIR FINANZIEREN UNS DURCH ABOS",
        "Dafür brauchen wir deine Unterstützung.",
        "Guter Journalismus kostet Geld.",
        "Zahl ich freiwillig",
        "Support independent journalism",
        "We rely on readers.",
        "Become a member today",
        "Die Bank senkt die Zinsen.",
        "",
        "Unterſtützen Sie uns",
        "Brauchen w\u0131r eure Hilfe",  # (only the pattern can tell)
    ],
)
def test_may_hold_passes_every_line_the_support_appeal_matches(text: str) -> None:
    if data.SUPPORT_APPEAL.search(text):
        assert may_hold(text, data.SUPPORT_APPEAL_WORDS)


def test_may_hold_skips_a_line_without_the_words() -> None:
    assert not may_hold("Die Bank senkt die Zinsen.", data.SUPPORT_APPEAL_WORDS)
    assert may_hold("Die Bank ſenkt die Zinsen.", data.SUPPORT_APPEAL_WORDS)  # (odd fold)


_CHOICES = frozenset({"Mit", "Mit:", "Hosted by", "Presented by"})


@pytest.mark.parametrize(
    "text",
    [
        None, "", "Mit", " Mit: ", "Hosted\n  by", "Hosted by ", "Hosted by them", "Mit Lea",
        "\u00a0Presented\u00a0by\u00a0", "Hosted", "by", "a b c d e f", "Mit " * 500,
    ],
)  # fmt: skip
def test_folds_among_is_fold_in_choices(text: str | None) -> None:
    assert folds_among(text, _CHOICES) is (fold(text) in _CHOICES)
