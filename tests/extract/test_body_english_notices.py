"""English body rules from en_g's and en_h's misses, judged on en_i (issue 11): English
standing disclosures leave (rbe1's rule re-judged and widened), on small invented lines, with
the sentences that open like them left alone."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Kestrel Bank now answers account questions by private message on three social apps."


@pytest.mark.parametrize(
    "notice",
    [
        "Paywren is a financial technology company, not a bank. Banking services are provided "
        "by our partner bank, member FDIC.",
        "This article is for information only and is not financial advice.",
        "Analyst's Disclosure: I/we have no positions in any of the companies mentioned.",
        "Disclosure:",
        "I/we have no stock, option or similar derivative position in any of the companies.",
        "Past performance is no guarantee of future results.",
        "The views expressed are the author's own and not those of the platform.",
        "Opinions my own, not my employer's.",
        "Chainledger Daily is a media outlet. Its journalists abide by a strict set of "
        "editorial policies.",
    ],
)
def test_an_english_standing_disclosure_leaves(notice: str) -> None:
    lines = [SENTENCE, notice, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm, a fintech, is not a bank and holds customer money at a partner bank.",
        "The views expressed at the hearing were that banks answer too slowly.",
        "Disclosure rules for paid posts by creators tightened in the spring.",
        "Past performance of the bank's social team has been uneven, the report found.",
    ],
)
def test_an_english_sentence_about_disclosures_stays(sentence: str) -> None:
    lines = [SENTENCE, sentence, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == lines
