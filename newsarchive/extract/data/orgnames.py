"""Data for telling an institution credited as author from a person
(:func:`~newsarchive.extract.names.is_org_name`): a firm's legal form, the words of banks,
associations, chambers and offices. Split from :mod:`~newsarchive.extract.data.authornames`
(session 58)."""

from __future__ import annotations

import re

#: A firm's or an association's name by its legal form at its end ("Holtkamp & Reuter
#: Steuerberatungsgesellschaft mbH", "Förderverein Ambach e.V."): credited as the author in
#: the metadata, it yields to a person's byline the page shows ("Ein Beitrag von
#: Steuerberaterin Friederike Holtkamp"; read on blind de_full95).
FIRM_NAME = re.compile(r"\s(?:AG|GmbH|mbH|KG|KGaA|SE|eG|mbB|OHG|UG|e\.\s?V\.)$")
#: A word that makes a credited name an institution's (a bank, a savings bank, a publisher, an
#: association, a foundation, an insurer): "Sparkasse Rheintal", "Nordstern Direktbank",
#: "Bankhaus Ahlers", "Sparkassenverband"; a company account that posted a text a person
#: signs (read on bf, bg, bj, k: company blogs, press pages, platform accounts). A chamber,
#: a club, a town's or a parish's office ("IHK Eschenried", "Pressestelle HWK", "Bürgerverein
#: Bruckfelden e. V.", "Gemeindeverwaltung", "Gemeindebüro St. Lukas") posting what a person
#: credits or signs (session 58, read on de_full416 and four older sets).
ORG_AUTHOR_WORD = re.compile(
    r"\b\w*(?:bank|banken|bankhaus|kasse|sparkassen\w*|verband|verlag|stiftung|versicherung"
    r"|kammer|verein|verwaltung|gemeinde|pressestelle|büro)\b|\b(?:IHK|HWK)\b",
    re.IGNORECASE,
)
