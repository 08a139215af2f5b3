"""A mail's signature delimiter ("-- " alone on its line) closes the text of a mail or a post
kept as a page (a list archive, a newsgroup post): the signature, the list's footer, the quoted
mail and the thread's other posts after it leave (issue 11, ``mailsig.py``; rb26's body round,
re-judged in session 18); small lines written for the test."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.mailsig import without_mail_signature
from newsarchive.extract.rules import SiteRules

TEXT = [
    "die Sparkasse Mörlingen stellt zum Monatsende das alte HBCI-Verfahren ab.",
    "Wer noch mit dem Chipkartenleser arbeitet, muss bis dahin auf PIN/TAN umstellen.",
    "Gruß, Bernd",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize("delimiter", ["-- ", "--"])
@pytest.mark.parametrize(
    "after",
    [
        ["Bernd Kessler", "Kassenwart, Schachfreunde Mörlingen"],
        ["Bernd Kessler", "Anna Roth schrieb:", "> Weiß jemand, wann HBCI abgeschaltet wird?"],
        ["_______________________________________________", "Liste-Banking mailing list"],
    ],
)
def test_the_signature_and_what_follows_leave(delimiter: str, after: list[str]) -> None:
    assert _kept([*TEXT, delimiter, *after]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "-- Bernd",  # a dash leading a name: no delimiter
        "---",  # a rule
        "Anmeldung -- bis Freitag",
    ],
)
def test_other_dash_lines_stay(line: str) -> None:
    lines = [*TEXT[:2], line, *TEXT[2:]]
    assert without_mail_signature(lines) == lines


def test_a_delimiter_at_the_top_stays() -> None:
    lines = ["--", *TEXT]
    assert without_mail_signature(lines) == lines
