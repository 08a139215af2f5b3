"""The one-pass literal prefilter: what each rule needs, and the same results as before."""

import re

import pytest

from newsarchive.bench.classifier import bundled_texts, every_rule
from newsarchive.topics import classify
from newsarchive.topics.lexicon import lexicon
from newsarchive.topics.normalise import _fold_chars, fold
from newsarchive.topics.prefilter import FOLDED, TEXT, Prefilter, caseless, needs_of


@pytest.mark.parametrize(
    ("pattern", "flags", "needs"),
    [
        (r"\b\w*sparkass\w*", re.I, [{"sparkass"}]),
        (r"\b(?:kredit|geld)institut\w*", re.I, [{"institut"}, {"kredit", "geld"}]),
        (r"(?<![\w-])(?P<t>X)(?=\s*\()", 0, [{"X"}]),
        (r"Deutsche[\s\-]?Bank", 0, [{"Deutsche"}, {"Bank"}]),
        (r"Sparkasse", re.I, [{"sparkasse"}]),
        (r"(?:ab)?c+d", 0, [{"c"}, {"d"}]),
        (r"x(?i:bank)", 0, [{"x"}]),  # an inline flag: nothing taken from inside
        (r"\w+|bank", re.I, []),  # one branch needs nothing: the pattern needs nothing
        (r"[ab]\d*", 0, []),
    ],
)
def test_needs_of(pattern: str, flags: int, needs: list[set[str]]) -> None:
    assert [set(n) for n in needs_of(re.compile(pattern, flags))] == needs


def test_every_rule_and_false_friend_has_a_literal() -> None:
    lex = lexicon()
    assert lex.rule_filter.coverage() == 1.0
    assert lex.false_friend_filter.coverage() == 1.0


PATTERNS = [
    (re.compile(r"\bsparkasse\w*", re.I), FOLDED),
    (re.compile(r"\b(?:kredit|geld)institut", re.I), FOLDED),
    (re.compile(r"(?<!\w)ING\b"), TEXT),
    (re.compile(r"\bauf (?P<t>X)\b"), TEXT),
    (re.compile(r"[0-9]+"), TEXT),
]


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("Die Sparkasse wirbt.", [0, 4]),
        ("Das Geldinstitut und die ING.", [1, 2, 4]),
        ("Das Institut und ein Ingenieur.", [4]),  # "institut" without kredit/geld
        ("Sie ist auf X.", [3, 4]),
        ("Sie ist auf Facebook.", [4]),  # "auf" without "X"
        ("Die ſparkaſſe wirbt.", [0, 4]),  # re.I matches "ſ" as "s": so must the filter
        ("DIE SPARKASSE.", [0, 4]),
    ],
)
def test_select(text: str, selected: list[int]) -> None:
    prefilter = Prefilter.build(PATTERNS)
    assert prefilter.select(text, fold(text)[0]) == selected


@pytest.mark.parametrize("text", ["ſparkaſſe", "İNG", "ıng", "\u212abank", "ΟΔΟΣ σ", "Straße"])
def test_caseless_keeps_every_case_insensitive_match(text: str) -> None:
    for literal in ("sparkasse", "ing", "kbank", "οδοσ", "strasse", "strasze"):
        if re.search(literal, text, re.I):
            assert caseless(literal) in caseless(text), (literal, text)


@pytest.mark.parametrize(
    "text", ["Die Größe", "ÄÖÜ äöü ẞ ß", "İstanbul", "ΟΔΟΣ Σ", "plain ascii", "Ǆ ﬁ"]
)
def test_fold_is_folding_each_character(text: str) -> None:
    folded, index = fold(text)
    assert folded == _fold_chars(text)
    assert len(index) == len(folded)
    assert all(
        text[index[i]] in "äöüßẞÄÖÜ" for i in range(1, len(folded)) if index[i] == index[i - 1]
    )


def test_same_results_as_every_rule_on_the_bundled_sets() -> None:
    """The old path (every rule's regex in turn) and the prefilter agree on every text."""
    texts = bundled_texts()
    assert len(texts) >= 360
    new = [classify(*text).as_dict() for text in texts]
    with every_rule():
        old = [classify(*text).as_dict() for text in texts]
    assert new == old
