"""Data for the bylines of blog and portal software, above all the 2000s' (Movable Type,
Typepad, PHP-Nuke-like portals, Pivot, ExpressionEngine, blog hosts): the lead words they
print before a linked name (read by :mod:`~newsarchive.extract.bylines`)."""

from __future__ import annotations

import re

#: A footer's or meta line's lead alone in its text node, the name in a link of its own
#: after it ("Veröffentlicht von <a>Anna Roth</a> um 10:15 Uhr", Movable Type's and
#: Typepad's entry footer; "Written by <a>…</a>"):
#: joined to the next node like :data:`~.authors.BYLINE_PREFIX_ONLY`'s "Von". Read only where
#: the joined text is a byline (:data:`~.authors.BYLINE_TEXT`); comment footers are no
#: post footers. Kind read in half X (Movable Type), issue 11.
PORTAL_LEAD_ONLY = re.compile(
    r"(?:veröffentlicht|gepostet|eingestellt|geschrieben|verfasst)\s+von\s*:?|"
    r"(?:posted|written)\s+by\s*:?",
    re.IGNORECASE,
)
#: Entry footers of blog software that spells the class without a hyphen (Pivot's
#: ``entryfooter``, Serendipity's ``serendipity_entryFooter``, ``postfooter``; case as
#: written): read like :data:`~.authors.POST_FOOTER_CLASS_PARTS` ("geschrieben von A am
#: 12.09.07 um 20:48 | Allgemein" under the post), since their "footer" marks them as a part
#: with other names for the walk near the headline. Kind read in half E (Serendipity).
PORTAL_FOOTER_CLASS_PARTS = ("entryfooter", "entryFooter", "postfooter", "postFooter")
#: Any footer a page names as such, whatever the software calls the post's own (PHP-Fusion's
#: ``news-footer``, dasBlog's ``itemFooter``, Vox's ``asset-footer``, an old theme's bare
#: ``footer`` in the entry; case as written), and a ``<footer>`` outside an ``<article>``
#: (WriteFreely's under the post): read like :data:`PORTAL_FOOTER_CLASS_PARTS` for a byline
#: ("Geschrieben von A am 14.03.2006 21:05 · 2 Kommentare") where the page has no other. A
#: site's footer passes: its copyright line or maker's name is no byline text. Kind read in
#: halves AP and AR, de_full28 and de_full29.
ANY_FOOTER_CLASS_PARTS = ("footer", "Footer", "FOOTER")
#: A post footer's stamp line (read whole, its links' text joined) where the writer's name
#: stands before the post's clock time: after a lead with the post's category between
#: ("Geschrieben von A in Netz um 21:40 | Kommentare", "Posted by A at 09:15 AM in Banking")
#: or opening the line before a bar, a comma or a spaced dash ("A | 22:10 | Kommentare [3]",
#: "A - 21:14 - Rubrik: …"; dasBlog, twoday, Serendipity, Typepad). Kind read in halves E and
#: en_g, de_full21 and de_full29; the name counts only where it is a person's.
FOOTER_STAMP = re.compile(
    r"\s*(?:(?:(?:geschrieben|verfasst|gepostet|eingestellt|veröffentlicht)\s+von|"
    r"(?:posted|written)\s+by)\s+(?P<led>[^|·•,:\d]{3,60}?)\s+(?:in\s+[^|·•\d]{1,40}?\s+)?"
    r"(?:um|at|am)\s+\d{1,2}[:.]\d{2}|"
    r"(?P<name>[^|/\d·•,:]{3,60}?)\s*(?:[|·•,]|[–-](?=\s))\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d))",
    re.IGNORECASE,
)
#: A camel-case author class ("hkAuthorName", :data:`~.authors.AUTHOR_MARKUP_CLASS_PARTS`)
#: is byline markup on these inline elements only: a block of that class is an author card
#: (a page's or blog's name over its profile link), the inline one the byline's names.
CAMEL_AUTHOR_TAGS = frozenset({"span", "a", "strong", "b", "em", "small", "cite"})
#: A forum's user cell (phpBB, Snitz, vBulletin: the poster's name over its rank, post count
#: and join date on ``<br>`` lines, read as byline markup by its "author" class): a line of
#: this form after the first marks the cell, and only its first line is the name
#: ("hvosskamp" / "Mitglied" / "Beiträge: 812", not three authors). Kind read in half AO.
#: SMF boards' counts ("Activity: 84", "Karma: 12") count too (round ra48, read in ch).
FORUM_STAT_LINE = re.compile(
    r"(?:beiträge|posts|nachrichten|activity|aktivität|karma)\s*:\s*[\d.]+|"
    r"(?:registriert|mitglied|dabei)(?:\s+(?:seit|am))?\s*:\s*.{2,24}",
    re.IGNORECASE,
)
#: A block (``<div>``) read like a forum's user cell when its class names a user or a poster
#: ("mt-user", "poster_info", "userbox"): boards laid out without tables. Round ra48, read in
#: de_full55.
FORUM_USER_BOX_CLASS = re.compile(r"user|poster", re.IGNORECASE)
#: Between two names on a user cell's first line ("Sven Kuhlmann und Holger Wendt": a shared
#: account): each is a poster.
FORUM_NAME_JOINER = re.compile(r"\s+(?:und|and|&)\s+", re.IGNORECASE)
#: WordPress's classic themes' sentence under the post (Kubrick, Twenty Ten to Twelve):
#: "Dieser Eintrag wurde von A am Sonntag, 2. November 2008 um 18:20 veröffentlicht und ist
#: abgelegt unter …", "Dieser Beitrag wurde am … von A unter … veröffentlicht", "Dieser Eintrag
#: wurde veröffentlicht in Banken und verschlagwortet mit Facebook von A.", "This entry was
#: posted in News by A."; the name up to the next clause (read on de_full143, issue 11). Its
#: name counts only where it is a person's (a login stays unread).
THEME_FOOTER_BY = re.compile(
    r"\s*(?:(?:dieser|der)\s+(?:eintrag|beitrag|artikel)\s+wurde\b[^.|]{0,160}?\svon|"
    r"this\s+(?:entry|post)\s+was\s+(?:posted|written)\b[^.|]{0,160}?\sby)"
    r"\s+(?P<name>[^|·•,:;.\d]{3,60}?)"
    r"(?=\s+(?:am|um|in|unter|veröffentlicht|geschrieben|verfasst|on|at)\b|\s*[.,;]|\s*$)",
    re.IGNORECASE,
)
