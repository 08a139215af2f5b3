"""Data for the body's lines: boilerplate and notice lines, captions, sources, bylines,
sign-offs, contact blocks, appeals and pull quotes (date stamp lines: :mod:`~.poststamps`)
(:mod:`newsarchive.extract.body`, :mod:`newsarchive.extract.inline`,
:mod:`newsarchive.extract.pruning`). The tree's data (classes, tags, XPaths) is in
:mod:`newsarchive.extract.data.body`."""

from __future__ import annotations

import re

from newsarchive.extract.data.closingnotes import LABELLED_CLOSING_NOTE
from newsarchive.extract.data.dates import DATE_NUMERIC, DATE_NUMERIC_SHORT_YEAR
from newsarchive.extract.data.enpromos import EN_AUTHOR_BIO, EN_NOTICE, EN_PROMO
from newsarchive.extract.data.newspromos import NEWS_NOTICE, NEWS_PROMO, VERSION_NOTICE

#: Paragraphs (short ones) that start with these words are navigation or promos: dropped.
BOILERPLATE_LINE = re.compile(
    r"^(?:lesen sie (?:auch|mehr|hier)|lesen sie weiter|mehr zum thema|mehr dazu|auch interessant|"
    r"das könnte sie (?:auch )?interessieren|weitere artikel|weiterlesen|zum thema|"
    r"empfohlene artikel|ähnliche artikel|verwandte artikel|passend dazu|siehe auch|"
    r"artikel teilen|teilen sie|jetzt teilen|teilen auf|share\b|drucken|e-mail senden|"
    r"newsletter|jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren)|abonnieren sie|"
    r"melden sie sich|hier (?:gehts|geht's|geht es) zum|hören sie|podcast:|zum podcast|"
    r"folgen sie uns|wir verwenden cookies|diese (?:website|webseite|seite) verwendet cookies|"
    r"cookie|zustimmen|einwilligung|mehr erfahren|anzeige$|werbung$|"
    r"kommentare?(?:\s|$|:)|schreiben sie einen kommentar|kommentar schreiben|"
    r"hinterlasse einen kommentar|antworten abbrechen|"
    r"verraten sie (?:uns )?(?:gerne )?in den kommentaren|"
    r"gefällt (?:dir|ihnen) (?:unser|unsere|dieser|dieses)\b|mit diesem button|"
    r"bei den (?:\w+ )?(?:links|verlinkungen) handelt es sich|"
    r"(?:afp|dpa|reuters|ap|epa|imago|getty images|picture alliance|keystone)\s*/\s*[\w .'-]+$|"
    r"weitere (?:aktuelle |interessante )?(?:themen|artikel|beiträge|nachrichten)\b|"
    r"letzte aktualisierung am\b|"
    r"auch lesen:|inhaltsverzeichnis$|bild anzeigen$|quellenangaben:?$|ausgabe kaufen$|"
    r"sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|\*?werbung[.:]|"
    r"(?:foto|fotos|bild|bilder|grafik|video|quelle bild|titelbild|symbolbild)\s*:|©|\(c\)\s|"
    # a picture credit under another label ("Copyright: Name", "Beitragsbild: Name",
    # "Bildnachweis: …", "Credits: Titelbild …")
    r"(?:copyright|beitragsbild|headerbild|aufmacherbild|bildquelle|bildnachweis|"
    r"fotonachweis|credits)\s*:|"
    # a news site's reading aids, offers and promos (:data:`~.newspromos.NEWS_PROMO`)
    rf"{NEWS_PROMO}|{EN_PROMO}|"
    # English: pointers to other articles ("Also Read: …", "Read more: …", "Related: …"),
    # promos, sharing, ad labels, credits, the wire's standards line, copyright lines
    r"also read\b|read (?:more|also|next)\s*:|related(?: articles?| stories| content)?\s*:|"
    r"related (?:topics|articles|stories|content|coverage)$|"
    r"see also\b|recommended(?: for you| reading)?\s*:|you (?:may|might) also like\b|"
    r"more from\b[^.!?:]{0,60}$|most (?:read|popular|viewed)$|follow us on\b|sign up (?:for|to)\b|"
    r"subscribe (?:to|for|now)\b|(?:- )?advertisement(?: -)?$|skip advertisement$|sponsored$|"
    r"(?:table of )?contents$|in this (?:article|post|guide)$|on this page$|"
    r"our standards\s*:|news provided by\b|copyright (?:©\s*)?\d{4}\b|all rights reserved|"
    r"(?:photo|photograph|image|picture|illustration|credit)\s*:|"
    # a footer's software credit ("Powered by Elgg"; de_full51, de_full24), 7 words at most
    r"(?:proudly )?powered by(?:\s+\S+){1,7}$)",
    re.IGNORECASE,
)
#: Notices of any length (up to :data:`NOTICE_MAX_CHARS`) the page prints around the text,
#: never part of it: the consent placeholder of an embedded external content (its heading,
#: "an dieser Stelle ... externer Inhalt", the "ich bin damit einverstanden, dass mir externe
#: Inhalte angezeigt werden" switch) and the note on a machine or editorial translation ("dies
#: ist eine maschinelle Übersetzung", "lesen Sie den Originalartikel"). Dropped wherever they
#: stand.
NOTICE_LINE = re.compile(
    r"^(?:empfohlener (?:redaktioneller|externer) inhalt|externer inhalt$|"
    r"an dieser stelle (?:finden sie|finden sie einen|befindet sich|ist) (?:[\w ,]{0,60})?"
    r"externe[nr]? inhalt|"
    r"ich bin damit einverstanden, dass mir (?:der |die )?externe[nr]? inhalte? angezeigt|"
    r"(?:dies ist|dieser (?:artikel|text|beitrag) ist) eine "
    r"(?:maschinelle|automatische) übersetzung|"
    r"(?:dieser (?:artikel|text|beitrag) wurde (?:maschinell |automatisch )?aus dem \w+ übersetzt)|"
    r"(?:lest|lesen sie) den originalartikel\b|hier (?:geht es|geht's) zum originalartikel\b|"
    # a news site's prompt to report a mistake, its AI note, a version's (`~.newspromos`)
    rf"{NEWS_NOTICE}|{EN_NOTICE}|{VERSION_NOTICE}|"
    # the standing disclaimer of an investor page or a broker's article, as its own paragraph
    # ("Risikohinweis: …", "Keine Anlageberatung. …", "Haftungsausschluss: …", "Disclaimer:
    # …", "Hinweis auf mögliche Interessenkonflikte: …"): a label, then its text
    r"(?:risikohinweise?|haftungsausschluss|disclaimer|keine anlageberatung|"
    r"hinweis(?:e)? (?:auf|zu) (?:möglichen? )?interessenkonflikte(?:n)?)\s*(?:[:.!–-]|$)|"
    # the standing note on what the text is and how it was checked ("Dieser Artikel dient
    # ausschließlich der allgemeinen Information und stellt keine Anlageberatung dar", "Dieser
    # Text entspricht den Vorgaben der ärztlichen Fachliteratur … und wurde von Medizinern
    # geprüft") and an advertising note under its label ("Werbehinweis: Links mit * sind
    # Affiliate-Links …"): read on de_full7's customer magazines and blogs and a dev page
    r"(?:werbe|affiliate|transparenz)-?hinweis\s*:|"
    r"(?:dieser|der|unser) (?:artikel|beitrag|text|inhalt) (?:dient (?:ausschließlich|"
    r"lediglich|nur|allein) (?:der |zur )?(?:allgemeinen )?information|entspricht den "
    r"(?:vorgaben|standards|richtlinien|regeln)\b|wurde (?:von [\w ]{2,40} )?"
    r"(?:medizinisch |fachlich |redaktionell )?(?:geprüft|überprüft)\b)|"
    # the standing note on affiliate links of a comparison page or a blog ("*Affiliate-Links:
    # Wenn Sie über einen markierten Link abschließen, …", "Transparenzhinweis: Dieser Artikel
    # enthält Affiliate-Links", "This post contains affiliate links"; read on de_full2 and
    # de_full4, where only its class caught it on one family)
    r"\*?(?:affiliate|provisions|partner)-?links?\s*[:.*]|"
    r"(?:(?:transparenz)?hinweis\s*:\s*)?(?:dieser|der|unser) "
    r"(?:artikel|beitrag|text|post|vergleich) enthält (?:sogenannte )?"
    r"(?:affiliate|provisions|partner|werbe)-?links\b|"
    r"(?:affiliate disclosure\s*:|this (?:post|article|page|story) (?:may )?contains? "
    r"affiliate links\b)|"
    # a forum's note on its clock under the thread ("Alle Zeiten sind MEZ", "Alle Zeiten
    # sind GMT + 1 Stunde", "Alle Zeitangaben in WEZ +1. Es ist jetzt 12:33 Uhr.", "All times
    # are GMT -5"): read on de_full13's forum (1b7ffc37, rejected there), re-judged and kept
    # on de_full16 without the speech note it came with
    r"alle zeit(?:en|angaben) (?:sind |in )?(?:utc|gmt|mez|mesz|cet|cest|wez)\b|"
    r"all times are (?:utc|gmt)\b)",
    re.IGNORECASE,
)
#: The label of a summary box above or in the text ("Das Wichtigste in Kürze", "Das
#: Wichtigste im Überblick"): the box's points are text, its label alone on a line is not.
#: Dropped wherever it stands (read on live blogs' pinned summaries; judged on de_full5).
SUMMARY_LABEL_LINE = re.compile(
    r"(?:das wichtigste (?:in kürze|im überblick|auf einen blick|zusammengefasst)|"
    # the same labels in English boxes the tree does not mark (issue 11, second round); not
    # "By the numbers", which also heads a newsletter's section (en_c's newsletter archive)
    r"key (?:points|facts|findings|takeaways)|at a glance|fast facts|quick facts|"
    # a summary or tip box's label alone on its line ("Auf einen Blick", "Gut zu wissen",
    # "Unser Tipp", "In Kürze"): 56b0d9b's kind (a walk over the tree, too slow) as a line
    # rule; read on de_full7 and de_full13
    r"auf einen blick|gut zu wissen|(?:unser|mein) tipp|in kürze|kurz (?:und|&) knapp|"
    # a key-points box's short label ("Kurz gesagt:", "Kurz:", "Zusammengefasst:",
    # "Kernpunkte", "TL;DR"): read on de_full20 and de_full21, also de_full9, 11, 14, 16, 18, 19
    r"kurz(?: gesagt)?|zusammengefasst|kernpunkte|tl;\s?dr|"
    # a box's one-word label alone on its line ("Info", "Hinweis", "Das Wichtigste"): read
    # on de_full14's, de_full15's magazines
    r"info(?:box)?|hinweis|das wichtigste)\s*:?",
    re.IGNORECASE,
)
#: Only paragraphs this short are read as such a label (a list under one is put back under
#: it as under a paragraph: :func:`~newsarchive.extract.lists.text_lists`).
SUMMARY_LABEL_MAX_CHARS = 40
#: Only paragraphs shorter than this are tested against :data:`NOTICE_LINE`.
NOTICE_MAX_CHARS = 600
#: A page's configuration leaking into the text as a list (``hasPaywall:``, ``false``): a
#: bare JSON literal, or a camelCase key with its colon (two lower-case letters first, so
#: brand names such as "eBay:" or "iPhone:" stay). Dropped wherever they stand.
TEMPLATE_LEAK_LINE = re.compile(r"(?:- )?(?:true|false|null|undefined|[a-z]{2,}[A-Z]\w*:)")
#: The author box printed as the text's last paragraph: a role, a name and what they cover
#: ("Redakteurin Anna Müller schreibt über Banken", "Korrespondent Jan Kurz berichtet aus
#: ..."). Tested on the last two paragraphs only, up to :data:`NOTICE_MAX_CHARS`.
#: Only the role is read case-blind: the name's words must be capitalised, so a closing
#: sentence about a book's or a study's author ("Autor des Buches ist ...") stays.
AUTHOR_BIO_LINE = re.compile(
    r"(?i:korrespondent|redakteur|reporter|autor|volontär|kolumnist|chefredakteur|ressortleiter)"
    r"(?i:in)? (?:[A-ZÄÖÜ][\w.-]+ ){1,3}(?i:ist|schreibt|arbeitet|berichtet|leitet|war)\b|"
    + EN_AUTHOR_BIO  # an English bio: "Anna Berger is a reporter at …"
)
#: An author bio is read among the text's last this many lines, in its second half (the last
#: two until the twenty-eighth session; `en_aj` put a contact line and a note after the bio).
AUTHOR_BIO_LAST_LINES = 4
#: The heading of a list of the sources a text used ("Verwendete Quellen"): the heading and
#: the list right after it leave the body (:func:`~newsarchive.extract.pruning.drop_source_lists`).
SOURCES_HEADING = re.compile(
    r"(?:verwendete |benutzte |genutzte )?quellen(?:angaben| und links)?\s*:?|"
    # English headings of a list of topics or links after the text ("Related topics", "More
    # on this story", "Topics:"): the list names other pages, it is no part of the text
    r"(?:related |more )?topics\s*:?|more on this (?:story|topic)\s*:?",
    re.IGNORECASE,
)
#: The hint a link carries for screen readers, printed in the text ("Akkus von Panasonic
#: (öffnet im neuen Fenster) mit ..."): cut, the rest of the paragraph stays.
LINK_HINT = re.compile(
    r"\s*\((?:link )?öffnet (?:sich )?(?:im|in einem|in neuem|in einem neuen) (?:neuen )?"
    r"(?:fenster|tab)\)",
    re.IGNORECASE,
)
#: An advertising disclosure opening a paragraph ("*Werbung. Dieser Beitrag enthält Werbung
#: für X."): cut, the rest of the paragraph stays.
AD_DISCLOSURE = re.compile(
    r"^\*?(?:werbung|anzeige|enthält werbung)\s*[.:*]\s*"
    r"(?:(?:dieser|der) (?:beitrag|artikel|post) enthält (?:unbezahlte |unbeauftragte )?"
    r"werbung[^.]*\.\s*)?",
    re.IGNORECASE,
)
#: The heading of a press release's contact block; it and what follows leave the body.
CONTACT_BLOCK = re.compile(
    # (also "Kontakt für die Presse:", "Ihr Kontakt für Medienanfragen": session 47, read
    # on dates_dk)
    r"(?:ihr(?:e)? )?(?:presse)?kontakt(?:e|daten)?"
    r"(?: für (?:die )?(?:presse|medien(?:anfragen)?))?\s*:?|medienkontakt\s*:?|"
    # English press releases: "Media Contact:", "Press contacts", "Investor Relations Contact:"
    r"(?:(?:media|press|news media|investor(?: relations)?) )?contacts?(?: information)?\s*:?|"
    r"(?:media|press) (?:inquiries|enquiries)\s*:?|"
    # a bank's or a company's newsroom: the press officer under "Ansprechpartner",
    # "Ansprechpartnerin für die Presse:" (read on de_full2's newsroom family, two sites, and
    # on de_full12's savings bank; fae1006, rejected on de_full3, re-judged and kept on
    # de_full15)
    r"(?:ihr(?:e)? )?ansprechpartner(?:in|innen|\*innen)?(?: für (?:die )?(?:presse|medien))?\s*:?",
    re.IGNORECASE,
)
#: The blocks a release closes with (de_full4, de_full6, a dev page): the original publication
#: ("Originalpublikation: Name, A. et al.: Title. Journal (2025)", its label alone too), the
#: scientific contact, a list's label ("Weitere Informationen:" alone), "Notes to editors"
#: (session 47), a column's closing notes (:mod:`~.closingnotes`). In the body's second half
#: such a line and every line after it leave the body, like :data:`CONTACT_BLOCK`; earlier
#: when no paragraph follows it (list items, lines of up to :data:`CLOSING_LINE_MAX_CHARS`).
CLOSING_BLOCK = re.compile(
    r"(?:originalpublikation|original-?veröffentlichung|originalstudie|"
    r"wissenschaftliche[rn]? (?:ansprechpartner|ansprechpartnerin|kontakt)(?:\*?innen)?)"
    r"(?:\s*:.*|\s*)|weitere informationen\s*:|notes? (?:to|for) editors\s*:?|"
    + LABELLED_CLOSING_NOTE,
    re.IGNORECASE,
)
CLOSING_LINE_MAX_CHARS = 120
#: The heading (``<h2>``-``<h6>`` of up to ``COMMENTS_HEADING_MAX_CHARS``) of the readers'
#: comments under a post ("Kommentare:", "3 Kommentare", "Kommentare (2)",
#: "Leserkommentare", "Comments"): it and the siblings after it leave the tree
#: (:func:`~newsarchive.extract.comments.drop_comment_sections`; the comments a blog prints
#: without a class the tree knows, read on de_full19's b2evolution blog). The plural only:
#: "Kommentar:" labels an editor's commentary.
COMMENTS_HEADING = re.compile(
    r"(?:\d+\s+)?(?:leser)?(?:kommentare|comments)(?:\s*\(\d+\))?\s*:?", re.IGNORECASE
)
COMMENTS_HEADING_MAX_CHARS = 40
#: A reader's comment or reply under the text, known by its writer's credit (read on
#: de_full28's, de_full29's, de_full30's and de_full42's blogs, portals and guest books, each
#: its own markup): "Kursfreund schrieb: …", "Kantor i.R. (07.11.2001): …", "Na endlich von
#: Kursraketchen am 16.09.2003: …", "von Zinsfuchs am 04.09.2001", "Eintrag von X am …", a
#: reply's subject "Re: …". In the body's second half, such a line of up to
#: :data:`READER_COMMENT_MAX_CHARS` and every line after it leave the body. The writer is one
#: to four words, no article or pronoun ("Die Bank schrieb: …" stays); the date is numeric
#: (:data:`~.dates.DATE_NUMERIC`, :data:`~.dates.DATE_NUMERIC_SHORT_YEAR`).
_COMMENT_WRITER = (
    r"(?!(?:der|die|das|dem|den|ein|eine|einer|er|sie|es|wir|ich|man|ihr)\s)"
    r"[\w][\w.'-]*(?:\s+[\w][\w.'-]*){0,3}"
)
_COMMENT_DAY = rf"(?:{DATE_NUMERIC.pattern}|{DATE_NUMERIC_SHORT_YEAR.pattern})"
#: A login over its comment: lower case first, or an underscore or digit in it ("kleiner_pirat";
#: a capitalised word is a heading of the text: "Fazit am 15.06.2006:").
_COMMENT_LOGIN = r"(?-i:[a-z\d_][\w.-]*|[\w.-]*[_\d][\w.-]*)"
_COMMENT_TIME = r"(?:,?\s+(?:um\s+)?\d{1,2}:\d{2}(?:\s*uhr)?)?"
READER_COMMENT_LINE = re.compile(
    rf"{_COMMENT_WRITER}\s+(?:schrieb|hat folgendes geschrieben)\s*:.*"
    # the day after the verb, or alone after the writer over the comment ("zinsjaeger schrieb
    # am 31.01.2008: Danke …", "kleiner_pirat am 03.09.1999:"; a portal's and a memorial
    # page's comments, round rb28, read on cb)
    rf"|{_COMMENT_WRITER}\s+schrieb\s+am\s+{_COMMENT_DAY}{_COMMENT_TIME}\s*:.*"
    rf"|{_COMMENT_LOGIN}\s+am\s+{_COMMENT_DAY}{_COMMENT_TIME}\s*:"
    rf"|{_COMMENT_WRITER}\s*\({_COMMENT_DAY}\)\s*:.*"
    rf"|(?:[^:]{{1,60}}\s)?von\s+{_COMMENT_WRITER}\s+am\s+{_COMMENT_DAY}\s*(?::.*)?"
    r"|Re:\s.{1,80}",
    re.IGNORECASE,
)
READER_COMMENT_MAX_CHARS = 400
#: Image captions left in the text: a short paragraph ending in a credit ("... © AFP / Name").
CAPTION_LINE = re.compile(
    r".{0,160}©\s*[^©.!?]{2,60}$|"
    # or in a picture credit after the caption ("... Verkehr. Bild: Name", "Foto: dpa")
    r".{0,200}[.!?:\s](?:bild|foto|fotos|grafik|illustration|photo|photograph|image|picture)"
    r"\s*:\s*[^.!?:©]{2,60}$|"
    # or an agency's photo credit in brackets ("... Oct. 14, 2026. (AP Photo/Name)")
    r".{0,200}\((?:ap|afp|reuters|epa) photo\s*/\s*[^()]{2,60}\)$",
    re.IGNORECASE,
)
#: A body with fewer words than this is no article (a navigation stub, an error page).
MIN_BODY_WORDS = 3
#: Only paragraphs shorter than this are tested against :data:`BOILERPLATE_LINE`.
BOILERPLATE_MAX_CHARS = 160

#: A wire story's id after the source's name ("Quelle: dpa-infocom, dpa:260314-99-412/2", on
#: two real dev pages): the source is the name.
WIRE_STORY_ID = re.compile(r"[,;]?\s*\b[a-z]{2,5}:\d{6}-\d{2}-\d+(?:/\d+)?\s*$", re.IGNORECASE)
#: Source attribution lines: the match's ``source`` group fills the ``source`` field and the
#: line leaves the body.
SOURCE_LINES = (
    re.compile(r"^\(?\s*quelle\s*:\s*(?P<source>[^()]{2,80}?)\s*\)?\.?$", re.IGNORECASE),
    # "Mit Material von dpa", a broadcaster's "Mit Informationen von dpa und AFP" (de_full75)
    re.compile(
        r"^\(?\s*mit (?:(?:agentur)?material|informationen) (?:von|der|des|aus)\s+"
        r"(?P<source>.{2,80}?)\s*\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\(?(?:dieser|der|dieses|das)\s+(?:artikel|beitrag|text|interview|stück)\s+"
        r"(?:erschien|ist|wurde)\s+(?:zuerst|erstmals|ursprünglich|zuvor)\s+"
        r"(?:erschienen\s+)?(?:bei|in|im|auf|von)\s+(?P<source>.{2,120}?)"
        r"(?:\s+erschienen|\s+veröffentlicht)?\s*\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\(?(?:zuerst|erstmals|ursprünglich)\s+(?:erschienen|veröffentlicht)\s+"
        r"(?:bei|in|im|auf)\s+(?P<source>.{2,120}?)\s*\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(r"^erstveröffentlichung\s*:\s*(?P<source>(?!\s*\d).{2,120}?)\.?$", re.I),  # no day
    # English: "This article originally appeared on …", "This story was first published by …"
    re.compile(
        r"^\(?(?:this|the) (?:article|story|post|piece|interview)\s+(?:was\s+)?"
        r"(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|at|by)\s+"
        r"(?P<source>.{2,120}?)\s*\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\(?\s*(?P<source>(?:dpa|afp|ap|reuters|kna|epd|dts|sid|apa|sda|dpa-afx)"
        r"(?:\s*[/,]\s*(?:dpa|afp|ap|reuters|kna|epd|dts|sid|apa|sda|dpa-afx|[a-z]{2,4}))*)"
        r"\s*\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(r"^©\s*(?P<source>dpa-infocom.*)$", re.IGNORECASE),
)


#: A pull quote: a line of at most this many characters and at least this many words, this
#: share of whose words a longer paragraph repeats.
PULL_QUOTE_MAX_CHARS = 300
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_SHARE = 0.8
#: The line crediting a pull quote: a name, a comma, the speaker's role; no sentence.
QUOTE_CREDIT_LINE = re.compile(r"[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+){1,3},\s+[^.!?]{3,120}")

#: A writer's role alone on a line under the byline ("Business reporter", "Senior
#: correspondent"): at the top of the body it is not text.
ROLE_LINE = re.compile(
    r"(?:[a-z]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|journalist)",
    re.IGNORECASE,
)
#: The editor's initials closing the text, alone in brackets ("(dmk)", "(jg)", "(ab/dpa)",
#: "(dr/spot)"): lower-case initials, an agency after a slash. Dropped among the last
#: :data:`CLOSING_LINES` lines.
EDITOR_INITIALS_LINE = re.compile(r"\(\s*[a-zäöü]{1,4}(?:\s*/\s*[\w-]{1,12}){0,2}\s*\)")
#: A wire service's sign-off closing the text ("Reporting by Anna Smith in London; Editing by
#: Mark Jones", "(Additional reporting by …)", "Writing by …"): the credits, not the text.
#: Dropped among the last :data:`CLOSING_LINES` lines.
SIGN_OFF_LINE = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|reported|written) by\b[^.!?]{2,240}"
    r"\)?\.?",
    re.IGNORECASE,
)
CLOSING_LINES = 3
#: A post's meta line under a German text, :data:`~.english.EN_META_LINE`'s twin: its
#: category, rubric or keywords, its counters or likes ("Abgelegt unter: Vereinsleben, Kasse ·
#: Keine Kommentare", "Kategorie: Wirtschaft", "Schlagworte: Girokonto, Gebühren", "Gefällt
#: mir: A, B und 9 weitere", "Aufrufe: 212"): a label, its colon and a short value, no
#: sentence. Read on de_full15, de_full24 and de_full40 (a forum, a CuteNews portal, a blog;
#: three writers). Dropped among the body's last :data:`CLOSING_LINES` lines, on lines of up
#: to :data:`~.english.EN_META_LINE_MAX_CHARS`.
DE_META_LINE = re.compile(
    r"(?:abgelegt (?:unter|in)|eingeordnet (?:unter|in)|veröffentlicht (?:unter|in)|"
    r"kategorie(?:n)?|rubrik(?:en)?|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|"
    r"gefällt mir|aufrufe|zugriffe)\s*:\s*[^.!?:]{1,100}",
    re.IGNORECASE,
)
#: The writer's credit closing the text: a labelled line ("Text: Anna Roth", "Autorin: …",
#: "Bericht: Jan Ulm, Pressewart"; :data:`~.data.CLOSING_CREDIT`, also "Autor/in: …",
#: :data:`CLOSING_AUTHOR_LINE`), an article's credit line ("Ein Beitrag von Anna Roth";
#: :data:`~.data.CREDIT_LINE`), an interview's "Das Gespräch führte Anna Roth."
#: (:data:`~.data.CREDIT_SENTENCE`) or a "Name, Role" signature
#: (:data:`~.data.ROLE_SIGNATURE`, only short lines ending no sentence after it) after a
#: sentence in the body's second half, with at most
#: :data:`CLOSING_CREDIT_AFTER_LINES` lines after it and no paragraph among them (list items
#: and lines of up to :data:`CLOSING_LINE_MAX_CHARS`): the credit and what follows it (a
#: sidebar's note, a list of other posts) leave the body; the authors are read before.
#: Kind read on de_full38, de_full37, de_full11, de_full8 and de_full (issue 11).
CLOSING_AUTHOR_LINE = re.compile(r"autor\s*(?:/\s*in|\*in|:in)\s*:\s*[^:]{3,80}", re.IGNORECASE)
CLOSING_CREDIT_MAX_CHARS = 100
CLOSING_CREDIT_AFTER_LINES = 5
#: A short paragraph that only points to another page, its link on "hier" ("Weitere
#: Informationen zum Thema finden Sie hier.", "Alle Ergebnisse findest du hier."): the
#: link's text, not the article's; up to :data:`LINK_POINTER_MAX_CHARS`. Not one ending in
#: a colon, which introduces the text or list that follows.
LINK_POINTER_LINE = re.compile(
    r".{0,140}\b(?:findest du|finden sie|findet ihr|lesen sie|liest du|lest ihr|"
    r"erfahren sie|erfährst du|erfahrt ihr)\b.{0,40}\bhier\s*[.!]",
    re.IGNORECASE,
)
LINK_POINTER_MAX_CHARS = 160
#: A skip link over a promotion printed in the text ("skip past newsletter promotion" …
#: "after newsletter promotion"): both lines and all between leave the body; without its
#: closing line only the skip link leaves.
SKIP_LINK_LINE = re.compile(r"skip (?:past|over) (?P<what>[\w ]{3,60})", re.IGNORECASE)
#: A section, rubric or kind label alone on the body's first line ("Digital", "Geld & Recht",
#: "Analysten-Einschätzung"), which the kicker or channel markup above the headline leaves
#: in the text, or a link's or tool's label alone on its last line ("Zum Spielplan"): at
#: most :data:`TOP_LABEL_MAX_CHARS` characters and :data:`TOP_LABEL_MAX_WORDS` words, no
#: closing punctuation, and a paragraph of at least :data:`TOP_LABEL_NEXT_MIN_CHARS`
#: characters right after (before) it (not a subheading over a short line or list).
TOP_LABEL_MAX_CHARS = 30
TOP_LABEL_MAX_WORDS = 3
TOP_LABEL_NEXT_MIN_CHARS = 60
#: A line above the headline in the body (the headline's line found among the first
#: ``HEADER_MAX_LINES``): the kicker or rubric ("Fintech", "Geldgeschichten · Vorsorge"), the
#: page's kind ("Fachartikel"), a breadcrumb ("Presse › Pressemitteilungen") or a kind and
#: date line ("Pressemitteilung · 02.06.2026"), never text: a line of at most this many
#: characters without a sentence's closing punctuation is dropped there (read on de_full7's
#: magazines, newsrooms and public bodies).
HEADER_LABEL_MAX_CHARS = 80
#: A promotion box set into the text, line by line: a newsletter's pitch ("Die wichtigsten
#: Deals, jeden Morgen im Postfach.", "… jeden Freitag in Ihr Postfach"), a members'
#: publication's access note and appeal ("Dieser Beitrag ist öffentlich", "Diese Recherche
#: ist frei lesbar, weil unsere Mitglieder sie möglich machen.") and its button ("Jetzt
#: Moneta unterstützen", "Mitglied werden"). Lines up to ``BOILERPLATE_MAX_CHARS``, dropped
#: wherever they stand (read on de_full7's start-up magazine and members' blogs).
PROMO_LINE = re.compile(
    r".{0,100}\b(?:jeden|jede|jeder) (?:morgen|mittag|abend|tag|woche|werktag|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag)\b.{0,40}"
    r"\b(?:im|ins|in (?:ihr|dein|euer)e?[mn]?) (?:postfach|posteingang)[.!]?|"
    r"(?:dieser|der) (?:beitrag|artikel|text) ist (?:öffentlich|frei (?:lesbar|zugänglich)|"
    r"kostenlos lesbar)[.!]?|"
    r".{0,80}\bist (?:frei|kostenlos|für alle) (?:lesbar|zugänglich), weil .{0,100}|"
    r"(?:jetzt )?(?:\w+ ){0,2}unterstützen[.!]?|(?:jetzt )?mitglied werden[.!]?",
    re.IGNORECASE,
)
