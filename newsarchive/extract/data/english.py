"""English chrome phrases for the body's lines (:mod:`newsarchive.extract.body`): the English
counterparts of the German notes in :mod:`newsarchive.extract.data.bodylines`
(``NOTICE_LINE``), which English pages print in or under the text. Matched case-blind."""

from __future__ import annotations

import re

#: The standing disclosures an English publisher, a fintech's blog, an investing platform or
#: a forum member's signature print under every text (up to ``NOTICE_MAX_CHARS``; matched
#: from the line's start), dropped wherever they stand, the English counterparts of
#: ``NOTICE_LINE``'s notes. Read on the English sets' misses (issue 11: rbe1's en_d and
#: en_f, two families; rbe2's en_g and en_h, two more):
#:
#: - the US fintech's regulatory line ("Name is a financial technology company, not a bank.
#:   Banking services are provided by … member FDIC.");
#: - the note that the text is no advice ("This article is for information only and is not
#:   financial advice."), and the investment writers' standard lines: the label
#:   ("Analyst's Disclosure:", "Disclosure & Policies", "Disclosure:" alone), the position
#:   statement ("I/we have no stock, option or similar derivative position …"), "Past
#:   performance is no guarantee of future results", "The views expressed are the author's
#:   own";
#: - an outlet's editorial-policies line ("… Its journalists abide by a strict set of
#:   editorial policies.");
#: - a forum signature's "Opinions my own, not my employer's." ("Views are my own").
#:
#: A sentence reporting on such a company or a view ("The firm, a fintech, is not a bank and
#: …", "The views expressed at the hearing …") starts otherwise and stays.
EN_NOTICE_LINE = re.compile(
    r"(?:[\w .&'’-]{1,60} is a (?:financial technology|fintech|technology) company,? not a "
    r"bank\b|"
    r"(?:this|the) (?:article|post|content|material|information|page)(?: above)? is "
    r"(?:(?:provided )?for (?:general )?information(?:al)?(?: purposes)? only\b|"
    r"not (?:intended as |to be (?:construed|taken) as )?(?:financial|investment) advice\b)|"
    r"(?:(?:analyst|author)['’]?s )?disclosures?(?: (?:&|and) polic(?:ies|y|es))?\s*:?$|"
    r"(?:analyst|author)['’]?s disclosure\s*:|"
    r"i ?/ ?we have no (?:stock, option|positions?|beneficial)\b|"
    r"past performance is (?:no|not an?) (?:guarantee|indication|indicator) of future results\b|"
    r"(?:the )?(?:views|opinions) expressed (?:here |above |in this (?:article|post) )?are "
    r"(?:those of )?the (?:author|writer)['’]?s?(?: own)?\b|"
    r"(?:all )?(?:views|opinions)(?: are)? my own\b|"
    r"[\w .&'’-]{1,80}\b(?:its|our) (?:journalists|reporters|editors) abide by\b)",
    re.IGNORECASE,
)
