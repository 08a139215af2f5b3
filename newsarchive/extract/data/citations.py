"""Citation suggestions that state a page's own day (issue 11, session 57): read by
:mod:`newsarchive.extract.citationday`."""

from __future__ import annotations

import re

#: The label opening a citation suggestion, at the start of an element's own text:
#: "Zitiervorschlag", "Zitierweise (dieses Beitrags)", "Zitierhinweis", "Empfohlene
#: Zitierweise", "Bitte zitieren als", "Zitation", "Suggested citation", "Cite as", "How to
#: cite". A scholarly blog, a research portal or an institute's news page prints it under
#: the text with the page's own day ("…, in: Finanzkultur, 15.03.2024, https://…"), often
#: where nothing else but an event's days or a later change is dated. "Zitation kopieren"
#: (a button) is no suggestion.
CITATION_LABEL = re.compile(
    r"(?:empfohlene\s+)?zitier(?:vorschlag|weise|hinweis|vorlage|empfehlung)\b"
    r"|(?:bitte\s+)?zitieren\s+als\b|zitation\b(?!\s+kopieren)"
    r"|(?:suggested\s+|recommended\s+)?citation\b|cite\s+(?:as|this)\b|how\s+to\s+cite\b",
    re.IGNORECASE,
)
#: The elements a label may open (libxml2 looks only at elements with one of these strings
#: in a text node: "Zitier…", "…itation", "zitieren", "Cite as", "How to cite").
CITATION_LABEL_XPATH = (
    "//body//*[text()[contains(., 'itier') or contains(., 'itation')"
    " or contains(., 'itieren') or contains(., 'ite as') or contains(., 'ite this')"
    " or contains(., 'to cite')]]"
)
#: Strings one of which the page's text holds where it may have a citation label (looked for
#: before the XPath, which tests every text node: most pages have none; not "itier", which
#: "profitieren" holds).
CITATION_HINTS = ("Zitier", "zitier", "Zitation", "Citation", "citation", "ite as", "to cite")
#: The day one has read the page on, which a citation names too: "abgerufen am 6. Dezember
#: 2026", "(zuletzt abgerufen am 02.03.2024)", "Zugriff am …", "accessed 3 May 2024",
#: "retrieved on …". It is cut before the citation's days are read.
CITATION_ACCESS = re.compile(
    r"(?:(?:zuletzt\s+)?abgerufen|zugriff|zugegriffen|accessed|retrieved|last\s+visited)"
    r"(?:\s+(?:am|on|at))?\s*:?\s*[^,;()<>]{0,40}",
    re.IGNORECASE,
)
#: How much of a citation is read after its label (characters).
CITATION_MAX_CHARS = 600
#: A citation's text shorter than this after the label is no citation on its own: the
#: suggestion stands in the next element ("<h2>Zitierweise</h2><p>…</p>").
CITATION_MIN_CHARS = 20
#: How many elements up a label's citation is looked for (the label's own, the one it is
#: inline in, one more: "<b><strong>Bitte zitieren als:</strong></b><span>A, …</span>"), and
#: how many elements after it are read for it.
CITATION_LEVELS = 3
#: A year in what follows a label: the element holding the citation (a sub-label before it,
#: "Elektronische Referenz", has none).
CITATION_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: A paper's writing day, which a preprint server's "Suggested Citation" gives ("Ebeling,
#: Katrin, Title (February 26, 2021). Available at SSRN") while the page is posted days or
#: weeks later ("Posted: 8 Mar 2021"): the citation's day is not taken where the page labels
#: it so.
CITATION_WRITTEN = re.compile(r"\bDate\s+Written\s*:?\s*(?P<date>[^|]{6,30})", re.IGNORECASE)
CITATION_WRITTEN_XPATH = "//body//text()[contains(., 'Date Written')]"
#: The scholarly date tags (Highwire/Google Scholar) of a paper's page: a full day there is
#: the one citation tools take, and a visible citation's other day (the paper's writing) is
#: not read over it ("citation_publication_date" 2025-11-03 beside "(October 30, 2025)").
CITATION_DATE_META = ("citation_publication_date", "citation_online_date", "citation_date")
