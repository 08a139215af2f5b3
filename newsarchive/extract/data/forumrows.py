"""A board's topic shown as table rows in the body (issue 11,
:mod:`newsarchive.extract.forumrows`): phpBB 2's "| Autor | Nachricht |" table, one row a
post, the poster's profile in its first cell ("Stammgast Anmeldungsdatum: 03.02.2002
Beiträge: 417"), the post's header, text and signature in its second ("Verfasst am:
23.11.2004, 20:41 Titel: … _________________ …"), a row of links under it ("Nach oben |
Profil PN"). Read on de_full16, en_j and dates_at: the opening post's text is the body;
the profile, the header, the signature and the replies are not."""

from __future__ import annotations

import re

#: A post's row: the poster's cell holding a profile label, then the post's cell opening
#: with its header's label ("Verfasst am:", "Posted:").
FORUM_POST_ROW = re.compile(
    r"\|(?P<poster>[^|]*\b(?:Anmeldungsdatum|Registriert|Beiträge|Joined|Posts)\s*:[^|]*)"
    r"\|\s*(?:Verfasst am|Posted)\s*:\s*(?P<post>.*?)\s*\|",
    re.IGNORECASE,
)
#: The post's subject label in its header, the text after it ("Titel: …", "Post subject: …").
FORUM_SUBJECT_LABEL = re.compile(r"\b(?:Titel|Post subject|Betreff)\s*:\s*", re.IGNORECASE)
#: The signature's rule after the post's text (phpBB draws it with underscores).
FORUM_SIGNATURE_RULE = re.compile(r"\s_{8,}(?:\s.*)?$")
#: The topic table's header row ("| Autor | Nachricht |") and the links' row under a post
#: ("| Nach oben | Profil PN |", "| Back to top | Profile PM |").
FORUM_TABLE_CHROME_ROW = re.compile(
    r"\|\s*(?:Autor|Author|Verfasser)\s*\|\s*(?:Nachricht|Message|Beitrag)\s*\|"
    r"|\|\s*(?:Nach oben|Back to top)\s*\|[^|]{0,40}\|",
    re.IGNORECASE,
)
#: A table's rule row under its header ("|---|---|").
TABLE_RULE_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")
