"""A blog's or a board's post stamp as a line of the body: who posted it, with the date, the
time and the post's counters after it (read on de_full25's and de_full13's blogs, issue 11);
the date stamp lines, a press label, and English and German bylines with their date as lines
of the text (moved here from :mod:`~.bodylines`, which was full)."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import _MONTH_NAMES, _WEEKDAY

#: The label naming the poster: "Geschrieben von", "Gepostet von", "Verfasst von",
#: "Eingestellt von", "Eingetragen von" (de_full10's and de_full31's club pages), "Posted
#: by", "Blogbeitrag von", "Ein Beitrag von", "Von:" (a bare "von" is
#: :data:`~newsarchive.extract.data.dates.BYLINE_LINE`'s).
_POSTER_LABEL = (
    r"(?:(?:(?:geschrieben|gepostet|verfasst|eingestellt|eingetragen|posted|written)\s+(?:von|by)"
    r"|(?:ein(?:en?)?\s+)?(?:blog|gast)?beitrag\s+von)\s*:?|von\s*:)"
)
#: A poster: a capitalised name of up to four words or a login ("kontomaus", "lea_h"), several
#: joined by "und", "and", "&"; a role after a comma or in brackets may follow.
_POSTER = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
_POSTERS = rf"{_POSTER}(?:\s*(?:&|\s(?i:und|and))\s*{_POSTER})*"
_ROLE = r"(?:,\s*[^\W\d][^,.!?|·()]{1,80}|\s*\([^()!?]{2,60}\))?"
_DATE = (
    rf"{_WEEKDAY}(?:\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\.?\s*(?:{_MONTH_NAMES})\.?\s*\d{{4}})"
)
#: The time after the date, after a comma, "um"/"at" or a dash ("am 05.12.2006 - 18:20").
_TIME = r"(?:\[?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|utc|[ap]\.?m\.?))?\s*\]?)"
_WHEN = (
    rf"(?:\s+(?:am|on)\s+{_DATE}(?:\s*[,–-]?\s*(?:um|at)?\s*{_TIME})?"
    rf"|\s+(?:um|at)\s+{_TIME})?"
)
#: The post's meta items after a bar or a dot ("Kommentare (2)", "2 Kommentare", "Permalink",
#: "Trackbacks (0)", "Ansichten anzeigen (900)", its rubric), a counter in brackets
#: ("(319 Aufrufe)"): short items, no sentence.
_ITEMS = r"(?:\s*[|·•]\s*[^|·•.!?]{1,40}|\s*\(\d+\s+[^\W\d_]+\))*"
#: The post stamp line: label, posters, when, items. Dropped where a byline is (at the top
#: of the body, under its lead, or its last line). Lines up to :data:`POST_STAMP_MAX_CHARS`.
POST_STAMP_LINE = re.compile(rf"{_POSTER_LABEL}\s*{_POSTERS}{_ROLE}{_WHEN}{_ITEMS}", re.IGNORECASE)
POST_STAMP_MAX_CHARS = 200

#: A date stamp alone on a line at the top or the end of the body: the article's date
#: printed with the headline ("05.08.2026, 20:59 Uhr", "Montag, 3. August 2026",
#: "Stand: 03.08.2026 14:05 Uhr", "2026-08-03"), or a post's meta line of the date and a
#: short label after a bar ("3. August 2026, 19:49 | Anna", "2026-08-03 | Aktuelles");
#: no sentence around it. Read on de_full22/23 (also 4, 10): "Datum:", "Meldung vom …", a
#: time with seconds ("2004-02-17 22:31:00"), a slash and zones ("… / 08:02 CET/CEST");
#: "Pressemitteilung vom …" (de_full31's press pages), "Presseinformation · …" (de_full32).
#: English sites' forms (three families: a CMS blog, a firm's publications, a portal's
#: news; en_h, en_i, en_j): a numeric day with slashes ("2/14/2012", "Date: 03/16/2005"),
#: the time after "@" ("Tuesday, March 16, 2004 @ 10:15:00 EST"), a count of reads after
#: it in brackets ("(1,728 reads)"); with a byline before them too (:data:`BYLINE_STAMP_LINE`).
DATE_STAMP_LINE = re.compile(
    r"(?:(?:stand|aktualisiert|veröffentlicht|erstellt|published|updated|last updated|posted"
    r"|datum|date|(?:(?:presse)?(?:meldung|mitteilung|information)|artikel|beitrag|nachricht"
    r"|eintrag|neuigkeit) vom|presse(?:mitteilung|information|meldung)\s*[·|])"
    r"(?: am| on)?:?\s+)?"
    r"(?:(?:mo|di|mi|do|fr|sa|so|tu|we|th|su)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}\.\s*(?:\d{1,2}\.|(?:jan|jän|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)"
    r"[a-z]*\.?)\s*(?:\d{4}|\d{2})?|\d{4}-\d{2}-\d{2}|"
    # an English site's numeric day with slashes ("2/14/2012", "Date: 03/16/2005")
    r"\d{1,2}/\d{1,2}/\d{4}|"
    # English: "March 12, 2024", "Nov. 3, 2026", "3 November 2026"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{4})"
    r"(?:\s*[,|/–-]?\s*(?:um\s+|at\s+|@\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:\s*(?:uhr|[ap]\.?m\.?))?(?:\s+[a-z]{2,4}(?:/[a-z]{3,4})?)?)?"
    r"(?:\s*\|\s*[^|.!?]{1,40}|\s*\(\d[\d,.]*\s+[^\W\d_]+\))?",
    re.IGNORECASE,
)
#: A press page's label alone on a line above the text ("Pressemitteilung", "Presseinformation
#: Nr. 42/2026", "Press release"): dropped among the first ``HEADER_MAX_LINES + 2`` lines
#: (measured with a date stamp line there too: dev folds' snippet mean dropped).
RELEASE_LABEL_LINE = re.compile(
    r"(?:presse(?:mitteilung|information|meldung)|press release|news release)"
    r"(?:\s+nr\.?\s*[\d/.-]+)?",
    re.IGNORECASE,
)
#: An English byline with its date as a line of the text ("Written by Anna Smith | Feb 3,
#: 2026", "By Anna Smith · March 12, 2024", "Posted by Anna Smith on 3 November 2026"):
#: first or last in the body, it is not text. Names capitalised; the date as
#: :data:`DATE_STAMP_LINE` reads it.
BYLINE_STAMP_LINE = re.compile(
    r"(?i:(?:written |posted |words )?by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|&|\s(?i:and))\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    rf"\s*(?:[|·•,–-]|\s(?i:on))\s*(?i:{DATE_STAMP_LINE.pattern})"
)
#: A date with the byline after it as a line of the text ("21. Juli 2009 von Anna Roth",
#: "3 November 2026 by Anna Smith": a blog's post stamp over the text): first or last in the
#: body, it is not text (read on de_full16's blog, also on half ac's; rejected by its round,
#: re-judged and kept on de_full19, issue 11). Names capitalised; the labels of
#: :data:`DATE_STAMP_LINE` may open it ("Veröffentlicht am 14. März 2021 von A").
#: Several names joined by "und", "and", "&" or commas ("19.01.2010 von Anna Roth und Jan
#: Kühn"), and a dash, a bar or a dot between the date and names of two words or more ("30.
#: November 2010 – Anna Roth", "7. Mai 2013 – Anna Roth und Jan Kühn": an association's
#: news page; read on de_full20 and de_full21): a date and a rubric ("03.08.2022 · Konzerte")
#: or a headline ("08.10.1999 – Sparkasse verlängert …") are no byline. The dot may stand
#: before "von" too ("3. März 2020 · von Anna Roth": a member's blog, read on de_full31),
#: and a hyphen before "by" ("May 11, 2004 - by Anna Smith": an English firm's news page,
#: with :data:`EN_BYLINE_LINE`).
_STAMP_NAME = r"[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,3}"
_STAMP_FULL_NAME = r"[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){1,3}"
_STAMP_AND = r"\s*(?:,|&|\s(?i:und|and))\s*"
DATE_BYLINE_STAMP_LINE = re.compile(
    rf"(?i:{DATE_STAMP_LINE.pattern})"
    rf"(?:\s*[–—|·,-]?\s+(?i:von|by)\s+{_STAMP_NAME}(?:{_STAMP_AND}{_STAMP_NAME})*"
    # a poster's label after a separator ("22. März 2011 · Autor: A", "Neuigkeit vom …, 27.
    # September 2006 – geschrieben von A", "… – geschrieben vom Vorstand"; de_full57's boards)
    rf"|\s*[–—|·]\s*(?i:{_POSTER_LABEL}|autor(?:in)?\s*:|geschrieben\s+vom)\s*"
    rf"{_STAMP_NAME}(?:{_STAMP_AND}{_STAMP_NAME})*"
    rf"|\s*[–—|·]\s*{_STAMP_FULL_NAME}(?:{_STAMP_AND}{_STAMP_FULL_NAME})*)"
)

#: An English byline line whose label :data:`~.dates.BYLINE_LINE` ("By …") and
#: :data:`BYLINE_STAMP_LINE` do not read: first or last in the body, or under its lead, it
#: is not text. Read on four English read sets in eight families of different writers
#: (issue 11, rbe5: en_i's firm publications, en_k's speeches, community boards and blog
#: servers, en_l's member newsletters and guest posts, en_m's homepages and magazines):
#:
#: - a label and its colon before the names ("Authors: Anna Smith, Tom Reed", "Words: …");
#: - a label ending in "by", a dash may open it ("Submitted by …", "— Submitted by …",
#:   "Guest entry by …", "Words by …", "Given by …" (a speech), "Posted by the Club
#:   Secretary, 04/04/2007"), the writer's role after a comma and a date may follow;
#: - a post's stamp with its time or date before "by" and its rubric and counters after
#:   the names ("Posted at 10:15AM Mar 14, 2006 by Anna Smith in Banking | Comments[3]"),
#:   or a date alone after "Written on" / "Submitted on".
#:
#: Names are capitalised ("the" may open a post's name for a role), or one login with a
#: digit, a dot or an underscore ("submitted by ledger_lark_77"); lines of up to
#: :data:`EN_BYLINE_MAX_CHARS`.
_EN_NAME = rf"(?:(?i:the)\s+)?{_STAMP_NAME}|[a-z][a-z]*[\d._][\w.-]*"
_EN_NAMES = rf"(?:{_EN_NAME})(?:\s*(?:,|&|\s(?i:and))\s*(?:{_EN_NAME}))*"
_EN_ROLE = r"(?:,\s*[^\W\d_][^,.!?|·()\d]{1,60}){0,2}"
_EN_TIME = r"\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?"
_EN_DATE = rf"(?i:{DATE_STAMP_LINE.pattern})"
_EN_LABEL = (
    r"(?i:(?:authors?|words|story|reporting)\s*:"
    r"|(?:submitted|contributed|written|posted|words|story|reported|compiled|given)"
    rf"(?:\s+at\s+{_EN_TIME})?(?:\s+on)?(?:\s+{_EN_DATE})?\s+by"
    r"|(?:a\s+)?guest\s+(?:post|entry|column|blog|article)\s+by)"
)
EN_BYLINE_LINE = re.compile(
    rf"(?:[—–-]\s*)?(?:{_EN_LABEL}\s*(?:{_EN_NAMES}){_EN_ROLE}"
    rf"(?:\s*(?:[,|·–—-]|\s(?i:on))\s*{_EN_DATE})?"
    r"(?:\s+(?i:in)\s+[^|·•.!?]{1,40}?)?"
    r"(?:\s*[|·•]\s*[^|·•.!?]{1,40})*"
    rf"|(?i:written|submitted)\s+(?i:on\s+){_EN_DATE})"
)
EN_BYLINE_MAX_CHARS = 160
#: A date stamp under a short label of the page's own naming, above the text: one or two
#: words (a number after "Nr." allowed), then "vom", a middle dot, a bar or a colon, then
#: the day as :data:`DATE_STAMP_LINE` reads it ("vhs-Newsletter · 12. März 2019", "News vom
#: 07.11.2006", "Presseerklärung Nr. 41/1999 vom 14.09.1999", "Ausgabe vom 08.12.2009",
#: "Erscheinung: 18.08.2026"); :data:`DATE_STAMP_LINE` names its labels one by one. Read
#: on de_full49 (round rb28); dropped among the body's first lines only
#: (:mod:`~newsarchive.extract.labelstamps`).
LABEL_STAMP_LINE = re.compile(
    r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?(?:\s+nr\.?\s*\d+(?:/\d+)?)?"
    rf"(?:\s+vom|\s*[·|:])\s*(?:{DATE_STAMP_LINE.pattern})",
    re.IGNORECASE,
)
