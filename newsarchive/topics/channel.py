"""The structural decision: is the network a channel the bank uses, or a company?

Counting mentions cannot tell an article on a bank's Facebook page from one on
Facebook's share price with five underwriting banks. This module looks at sentences:

- a **use sentence** holds a social-side mention (a network or a generic term), a bank
  (in it or in the sentence before) and a use word (``data/channel_terms.tsv``: page,
  account, fans, posts, a vote, a contest, videos, a chat, a campaign): the bank does
  something on/with the network, or its customers meet it there;
- a **market sentence** holds a named network and a market word (share, IPO, issue,
  consortium, price, investors, quarter, valuation, takeover, loans, fine).

:func:`decide` gives the verdict on an article:

``use``
    a use sentence in the title, the lead or the first three sentences of the body (what
    the article is about), or two or more anywhere: one bank, one network and one
    concrete use are the archive's core, so relevance is lifted to :data:`USE_FLOOR`;
``market``
    two or more market sentences and no use sentence: the network is a business the banks
    deal in (underwriters, lenders, analysts); relevance is capped at :data:`MARKET_CAP`;
``passing``
    the only social-side sentence comes late in a longer article (bank news with one
    line on social media; not when that line is the use sentence of a short article);
    relevance is capped at :data:`PASSING_CAP`;
``""``
    none of these: the score stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsarchive.topics.lexicon import lexicon
from newsarchive.topics.matching import Mention

#: Relevance of an article whose subject is a bank's use of a network.
USE_FLOOR = 0.6
#: Highest relevance of an article on the network as a company.
MARKET_CAP = 0.35
#: Highest relevance of bank news with one late social-media sentence.
PASSING_CAP = 0.45
#: Sentences at the start of the body that state an article's subject (a dateline such
#: as "Bad Tölz." is often a sentence of its own).
LEADING_SENTENCES = 3
#: Market sentences (and no use sentence) that make the network a company.
MARKET_SENTENCES = 2
#: Body sentences from which a single late social sentence is "in passing".
LONG_BODY = 5
#: A body this short with a use sentence is about that use, wherever the sentence is.
SHORT_BODY = 7

#: A field's sentence spans and the mentions found in it, by field name.
Fields = dict[str, tuple[list[tuple[int, int]], list[Mention]]]


@dataclass(frozen=True)
class Verdict:
    """What the sentences say, and the sentence that decided it."""

    kind: str  #: use, market, passing or ""
    field: str = ""
    sentence: int = -1
    term: str = ""  #: the use word


def _leading(field: str, sentence: int) -> bool:
    return field in ("title", "lead") or sentence < LEADING_SENTENCES


def decide(fields: Fields, folded: dict[str, list[str]]) -> Verdict:
    """The verdict on an article from its fields' mentions and folded sentences.

    ``folded`` holds, per field, the folded text of each sentence (same order as the
    sentence spans in ``fields``).
    """
    lex = lexicon()
    uses: list[Verdict] = []
    markets = 0
    social_sentences: list[tuple[str, int]] = []
    for name, (bounds, mentions) in fields.items():
        n = max(1, len(bounds))
        bank = [False] * n
        social = [False] * n
        network = [False] * n
        for m in mentions:
            if m.rule.side == "bank" and m.weight >= 0.4:
                bank[m.sentence] = True
            elif m.rule.side == "social":
                social[m.sentence] = True
                network[m.sentence] |= m.rule.kind == "network"
        for i in range(n):
            if not social[i]:
                continue
            social_sentences.append((name, i))
            text = folded[name][i] if i < len(folded[name]) else ""
            if network[i] and lex.market_terms.search(text):
                markets += 1
            used = lex.use_terms.search(text)
            if used and (bank[i] or (i > 0 and bank[i - 1])):
                uses.append(Verdict("use", name, i, used.group()))
    leading = [u for u in uses if _leading(u.field, u.sentence)]
    body_sentences = len(fields["body"][0]) if "body" in fields else 0
    if leading or len(uses) >= 2:
        return (leading or uses)[0]
    if markets >= MARKET_SENTENCES and not uses:
        return Verdict("market")
    if (
        len(social_sentences) == 1
        and body_sentences >= LONG_BODY
        and not _leading(*social_sentences[0])
        and not (uses and body_sentences <= SHORT_BODY)
    ):
        return Verdict("passing", *social_sentences[0])
    return Verdict("")
