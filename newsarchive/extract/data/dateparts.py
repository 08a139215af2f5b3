"""Data for the visible date line (:mod:`newsarchive.extract.dateline`): a byline in a post's
own footer (a part that carries other dates), a press release's dateline closed by a full
stop, the other articles' list after the text (moved from ``dates``, over 400 lines)."""

from __future__ import annotations

import re

from newsarchive.extract.data.authors import BYLINE_NAME

#: A post's byline opening a text node: in a part that carries other dates (PHP-Fusion's
#: ``<td class="news-footer">Geschrieben von admin am 14.03.2007 22:13</td>``, WebSite X5's
#: ``<div class="imBreadcrumb">Veröffentlicht von … in … · 20. Februar 2024</div>``), the
#: first dated node of such a part after the headline is still a date line when it or one of
#: the two nodes before it opens with this ("Kommentar von …" does not).
DATE_OWN_BYLINE = re.compile(
    r"\W*(?:geschrieben|ver(?:ö|oe)ffentlicht|verfasst|erstellt|eingestellt|gepostet|"
    r"posted|written|published)\s+(?:von|by)\b",
    re.IGNORECASE,
)
#: A press release's dateline after its place (:data:`DATELINE_PLACE`) closed by a full stop
#: instead of a dash ("Bonn, 23.06.2009. Eine neue Studie ...", "Hohenmoor, 22. März 2006.
#: Die Sparkasse ..."): the stop and a capitalised word.
DATELINE_STOP = re.compile(r"\.\s+(?=[A-ZÄÖÜ])")
#: A heading of the other articles' list after the text ("Weitere Meldungen", "Weitere
#: Bildergalerien", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Neueste
#: Beiträge"; a section's own words, not a class): no date line after it, once a paragraph
#: of the text (:data:`DATE_OTHERS_AFTER_CHARS` characters or more) was read after the headline
#: (a blog's "Letzte Einträge" or a forum's "Letzte Beiträge" above the post are side boxes).
#: The body reads it too: in its second half, such a heading (alone, or before its items on
#: the line, split by :data:`OTHERS_ITEMS_SEPARATOR`) with no paragraph after it closes the
#: text (read on de_full22, de_full31 and de_full38, three writers).
DATE_OTHERS_HEADING = re.compile(
    r"\W*(?:(?:weitere|mehr|ähnliche|verwandte|neueste|aktuelle|letzte|andere|neue)\s+"
    r"(?:aktuelle\s+)?(?:meldungen|artikel|beiträge|nachrichten|news|berichte|"
    r"pressemitteilungen|bildergalerien|galerien|videos|themen|einträge|posts)"
    # the writer's or the section's own ("Weitere Beiträge von Gerda Hollmann-Seidel",
    # "Mehr Artikel aus Aalen"; session 57, read on de_full355)
    r"(?:\s+(?:von|aus|zu|zum|zur|im|in)\s+[^.!?:]{1,60})?"
    r"|mehr\s+zum\s+thema|auch\s+interessant|lesen\s+sie\s+auch"
    r"|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren)\W*",
    re.IGNORECASE,
)
DATE_OTHERS_AFTER_CHARS = 100
#: The separator of the other articles' titles on the heading's line ("Weitere Nachrichten:
#: A | B | C").
OTHERS_ITEMS_SEPARATOR = re.compile(r"\s[|·]\s")
#: A date line's label (:data:`DATE_LABEL_RANKS`) may open the date's segment of a longer line,
#: a separator after the date ("Vertrieb | Veröffentlicht am 22.05.2007 | Text und Bild: …",
#: a magazine's "Aus Heft 4/2025 · Online seit 14. März 2025 · Text: …"): the line ranks as
#: labelled (rd4's 6d5f0de, re-judged by rd5 on half AS).
DATE_SEGMENT_END = re.compile(r"\s*[·|•]\s")
#: A date line that is a post's byline with its day ("Beigetragen von admin am 14.03.2008 -
#: 10:15 (564 Aufrufe)", "Eingetragen von" | "redaktion" | "am Mittwoch, 19. September 2007"; a
#: portal CMS's article info under its title) ranks as labelled by the posting (rank 1, like
#: "Eingestellt am"), before nearer unlabelled dates of a side column's other articles (read on
#: halves AQ and AH, dates_ac's Zikula and e107 pages): the head before the date ends with
#: "am"/"on" and maybe a weekday, after :data:`DATE_BYLINE_LABEL` in it or in one of the two nodes
#: before; only before a paragraph of the text was read and before a comments' heading
#: (:data:`DATE_COMMENTS_HEADING`; comments' "Gepostet von Felix am …" stand after them).
DATE_BYLINE_LABEL = re.compile(
    r"\W*(?:geschrieben|ver(?:ö|oe)ffentlicht|verfasst|erstellt|eingestellt|eingetragen|"
    r"beigetragen|gepostet|posted|written|published|submitted|contributed)\s+(?:von|by)\b:?",
    re.IGNORECASE,
)
DATE_BYLINE_DAY = re.compile(
    r"(?:.{0,60}\s)?(?:am|on)\s+(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|mo|di|mi|do|fr|sa|so|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\.?,?\s*(?:den\s+)?)?",
    re.IGNORECASE,
)
#: A post's byline label and the writer's nick as one word, any case ("Geschrieben von
#: moneypenny am …", "Posted by kurszettel, 11/22/2000; 6:03:21 PM"; a board's or blog's
#: login, which :data:`DATE_LINE_BYLINE`'s full names miss): no sentence beside the date.
DATE_LINE_NICK = re.compile(DATE_BYLINE_LABEL.pattern + r"\s+[\w.-]+,?", re.IGNORECASE)
#: Two or more writers' full names joined in a date line's byline ("Geschrieben von Reinhard
#: Puttfarcken und Elke Meinecke am Dienstag, 12. Oktober 2010 · Tags: …", "Von Anna Roth,
#: Jan Brink und Eva Sund | 03.08.2022", "Posted by Jane Doe & John Roe on …"): a byline, not
#: a sentence beside the date; taken out of the line's rest before :data:`DATE_LINE_NICK`
#: (which took the first writer's first name alone, leaving the rest of the names as a
#: sentence's words); the label case-blind, the names capitalised.
DATE_LINE_COAUTHORS = re.compile(
    rf"(?:(?i:{DATE_BYLINE_LABEL.pattern})|\b(?i:von|by)\b)\s*{BYLINE_NAME.pattern}"
    rf"(?:\s*(?:,|&|\b(?i:und|and|sowie)\b)\s*{BYLINE_NAME.pattern})+"
)
#: A comments' heading ("Kommentare", "3 Kommentare", "Comments (2)", "Leserkommentare"), a
#: text node of its own after the headline.
DATE_COMMENTS_HEADING = re.compile(
    r"\W*(?:\d+\s+)?(?:kommentare?|leserkommentare|comments?|antworten|reaktionen)"
    r"(?:\s*\(\d+\))?\W*",
    re.IGNORECASE,
)
#: A post's topic after its date in a meta line ("Von admin, 12.05.2003 · Thema: Filialen",
#: "04.10.2005 | Kategorie: Genossenschaft", "· Rubrik: Vereinsleben"): a label of the
#: category, not a sentence; not counted in the line's rest (a segment of at most 40 more
#: characters up to the next separator or the line's end).
DATE_LINE_TOPIC = re.compile(
    r"(?:^|[·|•])\s*(?:thema|themen|kategorien?|rubrik|ressort|categor(?:y|ies)|tags?|schlagworte?)"
    r"\s*:[^·|•]{0,40}(?=[·|•]|$)",
    re.IGNORECASE,
)
#: A forum post's head naming its subject after the date ("Posted: Tue Nov 07, 2006 2:22 pm
#: Post subject: …", phpBB's "Verfasst am: 18.01.2005 21:15 Titel: …"): the subject after
#: its label is the post's title, not a sentence beside the date; not counted in the rest.
DATE_LINE_SUBJECT = re.compile(r"\b(?:post\s+subject|subject|betreff|titel)\s*:.*$", re.IGNORECASE)
#: A post line's view count and its time's zone are no sentence beside the date either
#: (Tiki's "Von: … am Montag, 3. Juli 2006 [19:20 UTC] (319 Aufrufe)", Zikula's "… am
#: 14.03.2008 - 10:15 (564 Aufrufe)", "1.204 Zugriffe", "57 mal gelesen", "542 Reads"):
#: dropped from the words left around a date line's date before they are measured (rd7's
#: 06aebf8, re-applied by rd10: judged on dates_ag).
DATE_LINE_COUNTS = re.compile(
    r"\b(?:\d[\d.]*\s+(?:aufrufe|zugriffe|views|reads|hits|lesen|mal\s+gelesen)|utc|gmt|mesz|"
    r"mez|cest|cet|est|edt|cst|cdt|pst|pdt|bst)\b",
    re.IGNORECASE,
)
#: A clock time beside a date line's date, wherever it stands in the line (PHP-Nuke's and
#: Geeklog's "am Dienstag, 15. Oktober 2002 @ 19:40:00 CET", "on Tuesday, April 18 2006 @
#: 10:15 AM GMT", Zikula's "May 19, 2009 - 6:30 PM"): no sentence's words either.
DATE_LINE_CLOCK = re.compile(r"@?\s*\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?", re.IGNORECASE)
#: Where no source gave a date (metadata, markup, the address, the date line, htmldate on
#: the page without its parts with other dates), htmldate's extensive search on the whole
#: page, as trafilatura reads it: a photo page's "Hochgeladen am 20. Mai 2008" in its side
#: column, a wiki's "Erstellt 1. September 2021 von …" in an ``<aside>``, a blog's post facts
#: in the left column, a post's age "vor 4 Jahren" whose exact time is only in its ``title``.
#: Its day is kept only when the page shows it in full (:data:`SHOWN_DATE_FORMS`) in a text
#: node of the ``<body>`` (any part) or in a ``title``/``datetime``/``content`` attribute
#: (not a copyright's year, which htmldate gives as 1 January); htmldate runs only when such
#: a day exists.
#: Off, a page whose own day stands only in such parts gets none.
HTMLDATE_FALLBACK = True
#: Where :data:`HTMLDATE_FALLBACK`'s days are shown: the ``<body>``'s text nodes (side
#: columns and ``<aside>`` too) but those of a list item holding a link (another article's
#: entry, "<li><a>Tagesgeld</a> 20. Januar 2026</li>"), and the attributes of a tooltip or
#: a machine date.
HTMLDATE_FALLBACK_SHOWN = (
    "//body//text()[not(ancestor::li[.//a])] | //@title | //@datetime | //@content"
)
#: More headings of a list of other posts after the text, for the date line only (as
#: :data:`DATE_OTHERS_HEADING`): earlier ones ("Frühere Berichte:", "Ältere Beiträge",
#: "Vorherige Artikel"; a homepage's archive of its reports under the newest) and linked or
#: related ones ("Linked posts", "Related articles", "Previous posts"; a feedback board's
#: changelog entry, a blog theme).
DATE_EARLIER_HEADING = re.compile(
    r"\W*(?:(?:frühere|ältere|vorherige|verknüpfte|verwandte)\s+(?:meldungen|artikel|beiträge|"
    r"berichte|nachrichten|einträge|posts)|(?:linked|related|older|previous|earlier)\s+"
    r"(?:posts|articles|stories|entries|reports|news))\W*",
    re.IGNORECASE,
)
#: A numeric date with dashes, the year last (forum and blog themes): "geschrieben am
#: 06-10-2009, 19:40" (German, day first), vBulletin's "04-16-2009, 10:22 AM" and UBB's
#: "posted 05-23-2001 10:40 PM" (a 12-hour clock: US order, month first). Groups: the two
#: numbers, the year, the clock's hour and minute, its AM/PM (read by
#: :mod:`newsarchive.extract.dasheddates`).
DATE_DASHED = re.compile(
    r"(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])"
    r"(?:\s*,?\s*(?:um\s+)?(\d{1,2}):(\d{2})(?::\d{2})?(\s*[ap]\.?m\b)?)?",
    re.IGNORECASE,
)
#: A comments' heading below the text that opens the replies (:mod:`~newsarchive.extract.
#: replydays`) has at most this many characters ("Kommentare (3)", "6 Comments").
DATE_REPLIES_HEADING_CHARS = 40
#: The update word that names a page's state alone ("Stand: 30.11.2020" under the headline):
#: with no other day on its line, its day is the page's, ranked below every other date line.
DATE_STAND_HEAD = re.compile(r"stand", re.IGNORECASE)
#: The "Stand:" line stands in the first so many text nodes under the headline: a document's
#: labelled fields (Drupal's "Dokumenttyp" / "Positionspapier" / "Themen" / two topics) may
#: come first (read on blind de_full145, session 39; the general date line's head stays
#: :data:`~.data.dates.VISIBLE_DATE_HEAD_NODES`).
DATE_STAND_HEAD_NODES = 8
#: A "Stand:" line anywhere in the page's text ("Stand: 12.10.2016" closing a press text,
#: "Stand: 21. Oktober 2005" under a newsletter's item): its day dates the text where the
#: metadata's one stamp names a day the page shows nowhere (:mod:`~.standstamp`; read on
#: dates_dc, dates_cv, dates_cy, dates_da and dates_bm, session 44).
DATE_STAND_LINE = re.compile(
    r"\bStand\s*:?\s*(?:vom\s+)?(?P<day>\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄ][a-zä]+)\s*\d{4})\b"
)
#: Drupal's default date form, a dash before a 24-hour time after a slashed day ("Tue,
#: 05/04/2026 - 10:15", the "medium" format "D, m/d/Y - H:i"): US order, month first, like
#: a 12-hour clock after it (:data:`~.data.dates.DATE_CLOCK_12H`). Round rd30, re-judged.
DATE_DRUPAL_CLOCK = re.compile(r"\s+-\s+\d{1,2}:\d{2}\b")
