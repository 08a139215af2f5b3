"""The classifier's shortcuts change no result: shared folding, guarded patterns, the
prefilter's case-folding table."""

import itertools
import re

import pytest

from newsarchive.bench.classifier import bundled_texts
from newsarchive.topics.classifier import folded_spans
from newsarchive.topics.lexicon import lexicon, read_lines, read_table
from newsarchive.topics.matching import _boilerplate_regex
from newsarchive.topics.normalise import fold, fold_pattern, sentences
from newsarchive.topics.prefilter import _CASELESS, LazyRegex, _extra_cases, caseless

ODD = ["Die Größe der Bank.", "ÄÖÜ ẞ straße. Zweiter Satz!", "İstanbul ΣΟΦΙΑ Σ. Danach ß.",
       "ﬀ ſparkaſſe ı K. Ende", "", "Ohne Umlaute. Zwei Sätze."]  # fmt: skip


def fields() -> list[str]:
    return [field for text in bundled_texts() for field in text if field] + ODD


@pytest.mark.parametrize("text", ODD)
def test_folded_spans_are_the_folds_of_the_spans(text: str) -> None:
    spans = [*sentences(text), (0, len(text)), (0, 0)]
    assert folded_spans(*fold(text), spans) == [fold(text[s:e])[0] for s, e in spans]


def test_folding_is_character_by_character() -> None:
    texts = fields()
    for a, b in itertools.pairwise(texts):
        assert fold(a + "\n" + b)[0] == fold(a)[0] + "\n" + fold(b)[0]
        spans = list(sentences(a))
        assert folded_spans(*fold(a), spans) == [fold(a[s:e])[0] for s, e in spans]


def test_caseless_table_only_changes_letters() -> None:
    assert all(code != to for code, to in _CASELESS.items())
    assert not {"i", "s"} & set(map(chr, _CASELESS))
    full = {0x130: 0x69} | {code: min(code, *others) for code, others in _extra_cases().items()}
    for text in ["Straße ſ ı İ", "ΣΟΦΙΑ ϐ β ς", "sparkasse", *fields()]:
        assert caseless(text) == text.replace("\u0130", "i").lower().translate(full)


#: A guard added for speed and the pattern it stands for: (guarded, original).
GUARDS = [(r"\b(?=\w*bank)\w*(?:", r"\b\w*(?:"), (r"\b\w*(?:seite|", r"\w*(?:seite|")]


def test_guarded_false_friend_finds_the_same_matches() -> None:
    guarded = [p for p in read_lines("false_friends.txt") if p.startswith(GUARDS[0][0])]
    assert guarded
    pairs = [
        (
            re.compile(fold_pattern(p), re.I),
            re.compile(fold_pattern(p.replace(*GUARDS[0], 1)), re.I),
        )
        for p in guarded
    ]
    for text in [*fields(), "Parkbank und Sandbank, Bankett; DATENBANK-Zugriff parkbank"]:
        folded = fold(text)[0]
        for new, old in pairs:
            assert [m.span() for m in new.finditer(folded)] == [
                m.span() for m in old.finditer(folded)
            ]


def test_guarded_use_terms_find_the_same_first_match() -> None:
    rows = [r["pattern"] for r in read_table("channel_terms.tsv") if r["kind"] == "use"]
    assert any(p.startswith(GUARDS[1][0]) for p in rows)
    old = re.compile("|".join(f"(?:{fold_pattern(p.replace(*GUARDS[1], 1))})" for p in rows),
                     re.I)  # fmt: skip
    new = lexicon().use_terms
    for text in [*fields(), "Die Facebookseite, die Bankseiten und ein Kanal."]:
        folded = fold(text)[0]
        for s, e in sentences(folded):
            a, b = new.search(folded[s:e]), old.search(folded[s:e])
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


def test_boilerplate_alternation_matches_the_lines_each_pattern_matches() -> None:
    patterns = lexicon().boilerplate
    lines = [line for field in fields() for line in field.split("\n")]
    lines += ["Artikel teilen: Facebook, X", "Folgen Sie uns auf Instagram", "Impressum",
              "Quelle: Welt Online", "Die Bank teilt mit.", "Mehr zum Thema » Banken"]  # fmt: skip
    for line in lines:
        line = line.strip()
        assert (_boilerplate_regex().fullmatch(line) is not None) == any(
            p.fullmatch(line) for p in patterns
        )


def test_rules_compile_on_first_use_and_every_one_compiles() -> None:
    lazy = LazyRegex(r"\b\w*sparkass\w*", re.I)
    assert lazy._compiled is None
    assert [m.group() for m in lazy.finditer("die kreissparkasse.")] == ["kreissparkasse"]
    assert lazy.compiled is lazy.compiled
    assert lazy.compiled.flags & re.I
    for rule in lexicon().rules:  # a data error shows here, not on a page at crawl time
        assert isinstance(rule.regex.compiled, re.Pattern)
