"""Data for the authors: where a byline stands (byline markup, byline text and its grammar,
footers, author links, author boxes, hidden parts; :mod:`newsarchive.extract.authors`,
:mod:`newsarchive.extract.bylines`). Cleaning a byline into names (leads, trailers, places,
roles, agencies) is :mod:`~newsarchive.extract.data.authornames`."""

from __future__ import annotations

import re

from newsarchive.extract.data import credits
from newsarchive.extract.data.credits import AUTHOR_LABEL_WORD, GENRE_LEADS, STAFF_LEADS
from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: Bylines in markup, tried in order when JSON-LD and meta tags name no author
#: (:func:`~newsarchive.extract.authors.markup_byline_kinds`): ``itemprop="name"`` inside
#: ``itemprop="author"``; ``itemprop="author"`` without such a name; ``<a rel="author">``;
#: a class with one of :data:`AUTHOR_CLASS_WORDS` (whole words, in order); a class that
#: contains "author" but not "authors", in any case (not the ``<body>``, not a ``<div>`` holding
#: a ``<p>``); none inside a form or inside an element whose class contains "comment".
AUTHOR_CLASS_WORDS = ("author-name", "byline")
#: How a class names a block's byline element, BEM-style or hyphenated ("article__byline",
#: "c-post-byline"; not "byline-date", a part of it): read as byline markup after the page's
#: first headline only, after every other kind (teasers' bylines take such classes too).
BLOCK_BYLINE_ENDINGS = ("__byline", "-byline", "_byline")
#: A CSS module's hashed class for a block's authors ("Article_authors__L0jHs",
#: "Author_row__Lp0a1" aside): read like a block's byline, after the first headline only
#: (session 44, read on de_full132 and dates_cb; a bare "authors" class stays unread: lists
#: of a site's writers take it).
MODULE_AUTHORS_CLASS = re.compile(r"[A-Z]\w*_authors?__[\w-]+")
#: A text node of agencies joined by slashes, a writer's name first or not ("APA/Reuters",
#: "Martina Hofstätter / APA"), is read as a credit up to this many characters.
SLASHED_CREDIT_MAX_CHARS = 60
#: Such a credit after a byline's lead ("Von: dpa/AFP", "Von dpa / Reuters"): the agencies it
#: joins, each credited (a regional desk is dpa's: "dpa/lnw"; session 53, read on de_full253).
SLASHED_CREDIT_LEAD = re.compile(r"(?:von|autor(?:in)?|text)\s*:?\s+", re.IGNORECASE)
#: An author-classed ``<div>`` holding one paragraph of at most this many characters is a
#: credit line in its own box, read as a byline (longer, or more paragraphs: a biography).
BYLINE_BOX_LINE_MAX_CHARS = 120
#: Every element :data:`AUTHOR_CLASS_WORDS` describes and a forum post's ``data-author`` (and more):
#: ``itemprop="author"``, ``<a rel="author">``, ``<article data-author>`` and a class that
#: contains one of these; a page without any is not searched further. "Author" is a camel-case
#: class name's part ("hkAuthorName", "ArticleAuthor"; kind read in half AH, issue 11).
AUTHOR_MARKUP_CLASS_PARTS = ("author", "byline", "Author")
#: Parts of an author element's class that mark the writer's links to follow her, no byline
#: ("author-follow" holding "Instagram", "Threads"; "author-social"; session 41).
AUTHOR_FOLLOW_CLASS_PARTS = ("follow", "social")
#: Labels of ``twitter:labelN`` meta tags whose ``twitter:dataN`` names the author (Yoast).
AUTHOR_LABEL = re.compile(
    r"(?:verfasst|geschrieben|erstellt)\s+von|written\s+by|autor(?:in)?|author", re.IGNORECASE
)
#: Credits of a report or an interview in its text ("Bericht von Anna Roth", "Ein Bericht
#: von …", "Das Gespräch führte Jan Schulz", "Das Interview führten …").
CREDIT_LEADS = r"(?:ein\s+)?bericht\s+von|das\s+(?:gespräch|interview)\s+führten?"
#: A line opening with one noun naming the piece and "von" ("Rede von A, Präsident des …",
#: "Eintrag von A, 12.07.2004 14:22", "Neuigkeit von A (Erzieherin) · 13.01.2026", "Bewertung
#: von A", "Namensbeitrag von A"): the form's writer, as after an article
#: (:data:`~.credits.FORM_LEADS`) where every name after it opens with a given name (a
#: person, not an account or a firm); never a word of another's credit (a picture's, a
#: sponsor's, a theme's, a reply's: :data:`~.linkedleads.LINKED_LEAD_NOT`; read on ai, at,
#: ck, de_full13, de_full55).
BARE_FORM_LEAD = r"(?:der\s+|die\s+|das\s+)?[a-zäöüß-]{4,30}\s+von"
#: Byline text near the headline, read when metadata and byline markup name nobody:
#: "Von Anna Müller", "Autor: Jan Schulz | 26.11.2026", "Redaktion: Eva Roth (Pressestelle)",
#: "Text und Fotos: Anna Müller" (a credit line closing a club's or parish's report; "Fotos
#: und Text: A" too, session 45, read on de_full134),
#: gender-neutral and plural labels ("Autor*in:", "Autor:in:", "Autoren: A, B"), a report's
#: or an interview's credit ("Bericht von …", "Das Gespräch führte …"), a line opening with
#: any form word (:data:`~.data.credits.FORM_LEADS`: "Ein Tipp von …", "Ein Video von …"),
#: an interviewer's label before two words alone or before a separator ("Interview: Nina
#: Albrecht · 08.08.2022", "Text & Interview: Cem Aksoy · Fotos: …"; never a rubric before a
#: headline, "Interview: Warum die Zinsen steigen"; round ra40, read in br and k).
#: A page type's owner label at a line's start (:data:`~.data.credits.PAGE_TYPE_LEADS`:
#: "Sammlung von …", "Column by …", "diarist: …"; round ra46). The name ends before the
#: post's category ("Veröffentlicht von A in Altersvorsorge · 11. Juni 2024", WordPress
#: themes; read on ao and de_full42); an em dash may open the line and "@" and a time close
#: the name (b2evolution's "Abgelegt unter: Banken — von A @ 22:10"; session 41, read on
#: de_full19). A show's hosts: "Von und mit A und B" (a podcast's or radio show's credit;
#: session 43, read on de_full121). The name ends before its home town ("Von A aus Daun",
#: "Petent/in: A aus Oberau"; session 43) or before the occasion of a speech ("Rede von A,
#: Präsidentin, bei der Verbandsversammlung am …"; session 43, read on de_full13), and the
#: CMS labels take a colon ("Erstellt von:
#: A und B", "Eingestellt von: A, Aktionär"; session 43, read on de_full62 and bj). The name
#: part is as long as a byline node may be (:data:`BYLINE_MAX_CHARS`): two writers with roles,
#: "Von Dr. A, Senior Malware Analyst, und B, Threat Intelligence Analyst" (session 61).
BYLINE_TEXT = re.compile(
    rf"(?:^[-–—]?\s*|[|•·]\s*|\s[-–—]\s)(?P<lead>{STAFF_LEADS}|von\s+und\s+mit|von\s*:?|vom|{AUTHOR_LABEL_WORD}\s*:|verfasst\s+von\s*:?|"
    r"geschrieben\s+von\s*:?|redaktion\s*:|(?:(?:fotos?|bild(?:er)?)\s*(?:und|&|/)\s*)?text(?:\s*(?:und|&|/)\s*(?:fotos?|bild(?:er)?|interview))?\s*:|"
    r"interview\s*:(?=\s*\S+\s+\S+\s*(?:[·|•]|$))|posted\s+by|written\s+by|"
    r"(?:blog\s*|ein\s+)?beitrag\s+von|erstellt\s+von\s*:?|veröffentlicht\s+von\s*:?|"
    r"eingestellt\s+von\s*:?|gepostet\s+von\s*:?|(?:ein\s+)?gast(?:beitrag|kommentar)\s+von|"
    rf"gastautor(?:in)?\s*:|{CREDIT_LEADS}|{GENRE_LEADS}|{credits.SUBMITTED_LEADS}\s*:?|^{credits.PAGE_TYPE_LEADS}{credits.PAGE_TYPE_NAME_AHEAD}\s*:?|^{credits.FORM_LEADS}|^(?P<form>{BARE_FORM_LEAD}))\s+"
    r"(?P<name>[^|(/\n]{2,160}?)"
    r"(?=\s*(?:$|[|(/•·]|\s[-–]\s|@\s*\d)|\s+(?:\d|am(?:\s|$)|um(?:\s|$)|in(?:\s|$)|at\s+\d|tags?:|kategorie|"
    r"aus\s+(?-i:[A-ZÄÖÜ]))|\s*,\s*(?:bei|beim|anlässlich|auf)\s+(?:der|dem|des|einer|einem)?\b)",
    re.IGNORECASE,
)
#: A name closing a date line: "11.12.2026 - Anna Müller", "04.02.2026 | 13:10 Uhr | Jan Schulz",
#: "08.11.2026 · Anna Müller".
BYLINE_AFTER_DATE = re.compile(
    r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d{2}(?:\s*Uhr)?)\s*[-–|·•]\s*(?P<name>[^|/\d·•]{3,60}?)\s*$",
    re.IGNORECASE,
)
#: A date, numeric or German ("03.05.2021", "3. Mai 2021", "Mai 3, 2021"), in meta lines.
_DATE = (
    r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.?\s+[A-ZÄÖÜ][a-zäöü]{2,8}\.?\s+\d{4}|"
    r"[A-ZÄÖÜ][a-zäöü]{2,8}\.?\s+\d{1,2},\s+\d{4})"
)
#: A name after a written-out date and a separator ("14. Februar 2023 · Anna Roth").
BYLINE_AFTER_LONG_DATE = re.compile(
    rf"{_DATE}(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*Uhr)?)?\s*[-–|·•]\s*(?P<name>[^|/\d·•]{{3,60}}?)\s*$"
)
#: A name before a date and a separator ("Anna Roth · 14. Februar 2023"), the whole line.
BYLINE_BEFORE_DATE = re.compile(rf"^\s*(?P<name>[^|/\d·•]{{3,60}}?)\s*[|·•]\s*{_DATE}")
#: "von" after a date or a year leads a byline ("Veröffentlicht am 2. März 2021 von Anna
#: Roth", "Geschrieben am 05.03.2020 um 10:14 von Jan Schulz"), also after a time alone
#: ("geschrieben um 21:10 von A | Pfad: /verein"; session 41, read on de_full45).
BYLINE_AFTER_YEAR = re.compile(
    r"(?:(?:\b\d{4}|\d{1,2}\.\d{1,2}\.\d{2})(?:,?\s+(?:um\s+)?\d{1,2}:\d{2}(?:\s*Uhr)?)?"
    r"|\bum\s+\d{1,2}:\d{2}(?:\s*Uhr)?)"
    r"\s+(?P<lead>von)\s+(?P<name>[^|(/\n\d]{2,80}?)"
    r"(?=\s*(?:$|[|(/•·]|\s[-–]\s)|\s+(?:am(?:\s|$)|in(?:\s|$)|um(?:\s|$)|tags?:|kategorie))",
    re.IGNORECASE,
)
#: A text node ending in such a date or time and "von", the name in a link of its own after
#: it ("Geschrieben am 03.07.07 um 21:14 von" <a>A</a> "| Kategorie: …"; an old blog's
#: entry line; session 42, read on dates_cw): joined to the next node like "Von" alone.
DATE_VON_LEAD_ONLY = re.compile(
    r"(?:\b\d{4}|\d{1,2}\.\d{1,2}\.\d{2}|\d{1,2}:\d{2}(?:\s*Uhr)?)\s+von\s*$", re.IGNORECASE
)
#: A guest post's lead line, read even inside the post's text ("Ein Gastbeitrag von Anna
#: Roth", "Gastautorin: Eva Lang", a newsletter's "Guest post by" <a>A</a>; session 40, read
#: on blind en_az); at most :data:`GUEST_LEAD_MAX_CHARS` characters.
GUEST_LEAD = re.compile(
    r"(?:ein\s+)?gast(?:beitrag|kommentar|autor(?:in)?)\s*(?:von\s|:)"
    r"|(?:an?\s+)?guest\s+(?:post|essay|column|article|piece)\s+by\s",
    re.I,
)
GUEST_LEAD_MAX_CHARS = 80
#: A byline text that is only the lead word ("Von" followed by a link): joined to the next node.
BYLINE_PREFIX_ONLY = re.compile(
    rf"(?:{STAFF_LEADS}|von und mit|von:?|from:|{AUTHOR_LABEL_WORD}:?|{CREDIT_LEADS}|{GENRE_LEADS}|"
    r"verfasst von:?|geschrieben von:?|erstellt von:?|redaktion:|text:|"
    r"text (?:und|&) (?:fotos?|bild(?:er)?):|"
    r"posted by|eingestellt von:?|gepostet von:?|(?:ein )?gastbeitrag von|gastautor(?:in)?:|"
    rf"{credits.FORM_LEADS}|{credits.SUBMITTED_LEADS}:?|{credits.PAGE_TYPE_LEADS}:?)",
    re.IGNORECASE,
)
#: An author label without its colon, alone in a cell of a property list or table
#: (``<dt>Autorin</dt><dd>Anna Roth</dd>``, ``<th>Text</th><td>…</td>``: Kirby, Notion,
#: magazine fact boxes): read as "Autorin: " before the next text node.
BYLINE_LABEL_CELL = re.compile(rf"{AUTHOR_LABEL_WORD}|text", re.IGNORECASE)
#: Text between two linked names in a byline ("Von <a>…</a> und <a>…</a>"; a repository's
#: "<a>…</a>; <a>…</a>", DSpace, read on aj).
BYLINE_JOINER = re.compile(r",|;|&|und|and|sowie", re.IGNORECASE)
#: The joiner and the last name in one node after a linked name ("Text:" <a>A</a> "und Dirk
#: Holtkamp": Ghost's byline with one author linked; session 42, read on de_full153): at most
#: three capitalised words after it.
BYLINE_JOINED_NAME = re.compile(r"(?:und|and|&|sowie)\s+(?:[A-ZÄÖÜ][\w.-]*\s*){1,3}")
#: A plural author label ("Autor*innen", "Autoren", "Authors") alone in a node: the names
#: in the nodes after it are all the writers, one a node with nothing between them (a
#: Drupal field's items: "Autor*innen" <a>A</a> <a>B</a>; read on blind de_full104, session
#: 34); at most :data:`PLURAL_LABEL_NAMES` of them. Each name may have one role node after it
#: (a person card: "Autorinnen und Autoren" | "Dr. A" | "Partnerin, Banking" | "B" | …;
#: session 35, de_full109).
PLURAL_AUTHOR_LABEL = re.compile(
    r"(?:autor(?:innen|[*:_/]innen|en|\((?:en|innen)\))|verfasser(?:innen|/innen|\(innen\))|"
    r"autorinnen\s+und\s+autoren|autoren\s+und\s+autorinnen|"
    r"authors|author\(s\)|analyst(?:en|innen|s))\s*:?",
    re.IGNORECASE,
)
PLURAL_LABEL_NAMES = 6
#: The particles a surname opens with in a byline's name: one, or one and an article ("von",
#: "van der", "de la", "zu", "ter"): "Jan van der Berg", "Karl zu Guttenberg", "Ana de la
#: Cruz" (not "zur" or "vom", which join a headline's words: "Vom Kutter zur Fähre").
NAME_PARTICLE_WORDS = r"(?:von|van|de|del|della|du|da|di|zu|ten|ter|le|la)(?:\s+(?:der|den|la|le))?"
#: A person's name in byline text: one to four capitalised words (initials allowed).
BYLINE_NAME = re.compile(
    rf"(?:{NAME_CAPITAL}\.|{NAME_CAPITAL}[^\W\d_]+(?:-{NAME_CAPITAL}[^\W\d_]+)?)"
    rf"(?:\s+(?:{NAME_PARTICLE_WORDS}\s+)?(?:{NAME_CAPITAL}\.|{NAME_CAPITAL}[^\W\d_'’]*(?:['’-]{NAME_CAPITAL}?[^\W\d_]+)?)){{1,3}}"
)
#: Accounts that post for a team, not a person ("Redaktion", "Blogteam", "Webmaster"): in
#: byline markup they yield to a person the post's byline text names ("Geschrieben von Anna
#: Müller"); lower case, the whole name.
TEAM_ACCOUNTS = frozenset(
    {"redaktion", "die redaktion", "blogteam", "blog-team", "das blogteam", "team", "das team",
     "webmaster", "webredaktion", "online-redaktion", "onlineredaktion", "admin", "administrator",
     "autor", "gastautor", "editor", "moderator"}
)  # fmt: skip
#: A team's account named as author: the name's last word ending so ("Marketing Team",
#: "Social-Media-Team", "Redaktionsteam"; kind read on blind de_full139, session 37); an
#: office's ("Pressestelle", "Pfarrbüro", "Schulleitung", "Forenteam"; session 39).
TEAM_WORD_ENDING = ("team", "stelle", "büro", "leitung")
#: A desk named as author: a word of the name ending so ("Redaktion Bankpraxis",
#: "Wirtschaftsredaktion", "Online-Redaktion"); in the metadata it yields to the byline the
#: page shows (issue 11, kind read in de_full74 and de_full75); English desks too ("Digital
#: Desk", "Newsdesk", "FQ Editorial", "Newsroom"; session 42, read on en_bb).
DESK_WORD_ENDING = ("redaktion", "desk", "editorial", "newsroom")
#: Leads after which a user name ("bankfan", "spar.fuchs") is an author too; a diary
#: host's and uCoz's "Added by:" / "Hinzugefügt von:" too (session 46, read on de_full170).
BYLINE_HANDLE_LEADS = (
    "verfasst", "geschrieben", "posted", "erstellt", "veröffentlicht", "eingestellt", "gepostet",
    "added", "hinzugefügt",
)  # fmt: skip
BYLINE_HANDLE = re.compile(r"[\w.-]{3,30}")
#: A user name after any lead: letters with digits, dots or underscores ("Sparfuchs7").
BYLINE_USER = re.compile(r"(?=[\w.-]*[^\W\d_])(?=[\w.-]*[\d._])[\w.-]{3,30}")
#: Byline text is looked for in this many text nodes from the headline on (and a few before).
#: A name joined to the found author's in its own node ("<a>A</a> and <a>B</a>") has at most
#: this many words (:mod:`~newsarchive.extract.joinednames`; longer: a paper's or a desk's
#: name, "A, Duluth Personal Finance Examiner"; session 40).
JOINED_NAME_MAX_WORDS = 3
BYLINE_MAX_NODES = 200
BYLINE_NODES_BEFORE = 10
#: A byline paragraph ("Von Anna Müller" alone) that overrides a hidden metadata author is
#: looked for in this many text nodes after the headline.
BYLINE_PARAGRAPH_NODES = 40
#: Longer text nodes are body text, not bylines.
BYLINE_MAX_CHARS = 160
#: Elements holding a metadata author's name read for agencies credited beside them (the
#: first so many in the page; :mod:`~newsarchive.extract.besideagencies`).
BESIDE_AGENCY_HOLDERS = 3
#: Text nodes from the metadata author's name on that must show an agency's name first.
BESIDE_AGENCY_NODES = 6
#: A post's footer or meta line (outside comments), read for byline text when the text near
#: the headline names nobody: the first so many, of at most so many characters.
#: (``<footer>``s inside an ``<article>`` and elements whose class contains one of these, in
#: document order, unless they or an ancestor have a class containing "comment".)
#: A name whose last word is an initial ("J. K.", "Anna M."): its closing period is part of it.
NAME_ENDS_IN_INITIAL = re.compile(rf"(?:^|[\s.]){NAME_CAPITAL}$")
POST_FOOTER_CLASS_PARTS = ("entry-footer", "post-footer", "entry-meta", "post-meta", "postmeta")
POST_FOOTER_MAX = 10
POST_FOOTER_MAX_CHARS = 400
#: The author of a forum thread's first post (XenForo and similar boards): this attribute of
#: the first ``<article>`` that has it.
AUTHOR_ATTRIBUTE = "data-author"
#: Links to an author's page (outside navigation, sidebars, teasers, comments): their text is
#: a byline when it looks like a name; read when no other source names an author.
#: (Links whose address contains one of these, not inside an element of
#: :data:`AUTHOR_LINK_OUTSIDE_TAGS`, nor one whose class contains "comment" or has one of the
#: words of :data:`AUTHOR_LINK_OUTSIDE_WORDS`.)
AUTHOR_LINK_PATHS = ("/author/", "/autor/", "/autoren/", "/authors/")
AUTHOR_LINK_OUTSIDE_TAGS = frozenset({"nav", "footer", "form", "aside"})
#: Class substrings of a comment section and its entries (English and German themes): the
#: names and author markup in them are commenters, never the post's author. ("kommentar"
#: alone names an opinion piece, the article itself: not a comment part.)
COMMENT_CLASS_PARTS = (
    "comment", "kommentare", "kommentarbereich", "leserkommentar", "disqus", "responses",
    "replies", "leserbrief",
)  # fmt: skip
AUTHOR_LINK_OUTSIDE_WORDS = frozenset({"sidebar", "widget"})
#: Top-level domains: a "name.de" or "name_com" user name is a site, not a person's login.
DOMAIN_ENDINGS = frozenset(
    {"de", "at", "ch", "li", "lu", "eu", "com", "net", "org", "info", "biz", "io", "co", "tv",
     "fm", "me", "app", "online", "news", "blog", "shop"}
)  # fmt: skip
#: Parts of a user name that make it a shared account, not a person ("sv_team").
HANDLE_NOT_NAMES = frozenset(
    {"team", "redaktion", "admin", "administrator", "support", "info", "webmaster", "office",
     "presse", "news", "service", "kontakt", "mail", "web", "online", "verlag", "marketing",
     "social", "media"}
)  # fmt: skip
#: A login that joins a person's initial or first name to the surname ("amueller",
#: "hbraun", "annamueller"; lower case, letters only, at least this long) takes the full
#: name the page shows (an author card, a bio line "Ich bin Hannes Braun", a profile).
LOGIN_OWNER_MIN_CHARS = 4
#: A shown full name: first name and surname, the surname possibly double ("Berg-Andersen").
SHOWN_FULL_NAME = re.compile(
    rf"(?<![\w-])({NAME_CAPITAL}{NAME_LOWER}+)\s+({NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?)(?![\w-])"
)
#: A shown name right after a photo or camera credit ("Foto: Frank Lerche") is the
#: photographer's, never taken for a login's owner (the text before the name is searched).
LOGIN_OWNER_NOT_AFTER = re.compile(r"(?:fotos?|bild(?:er)?|kamera|quelle)\s*:\s*$", re.IGNORECASE)
#: How logins spell umlauts ("Müller" is "mueller"; "muller" is read too).
LOGIN_SPELLINGS = (
    str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}),
    str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}),
)
#: Co-authors in byline markup: other elements of the same kind beside the first name
#: (siblings, or names in sibling wrappers of these tags, as Schema.org microdata nests
#: ``itemprop="name"`` in ``itemprop="author"``), at most this many.
CO_BYLINE_WRAPPERS = frozenset({"span", "a"})
CO_BYLINES_MAX = 3
#: A byline panel's child that holds only these blocks gives their texts one by one where
#: one of them is a card's label alone (a writer card's "Written by" | "A" | "Head of
#: Compliance" beside the reviewer's card, as Webflow's blog templates print them; session
#: 53, read on en_ca and en_cc), at most this many levels down. (Read without a label, it
#: split a social network's profile card: a judge set written this session, unread, lost a
#: page, so it is kept to labelled cards.)
BYLINE_BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "section", "figure", "img", "picture"})
BYLINE_BLOCK_DEPTH = 2
#: Such a block alone labelling a card of someone who did not write the text ("Reviewed by",
#: "Fact-checked by", "Edited by", "Fachlich geprüft von", "Lektorat"): the card's blocks up
#: to the next writer's label ("Written by", "Autorin") are no byline.
BYLINE_OTHER_ROLE_LABEL = re.compile(
    r"(?:(?:medically |legally )?reviewed|fact[- ]?checked|edited|verified)(?: by)?:?|"
    r"(?:fachlich |medizinisch |redaktionell )?(?:geprüft|überprüft|redigiert)(?: von)?:?|"
    r"lektorat:?|faktencheck(?: von)?:?",
    re.IGNORECASE,
)
BYLINE_WRITER_LABEL = re.compile(
    r"(?:written |posted )?by:?|(?:geschrieben )?von:?|autor(?:in)?:?|author:?|text:?",
    re.IGNORECASE,
)
#: Two writers' cards side by side meet at most this many levels above their names
#: (:func:`~newsarchive.extract.markupbylines._sibling_cards`; session 43).
CO_BYLINE_CARD_DEPTH = 3
#: ... each card (the name's block below where they meet) at most this long: a thread's
#: posts and a request's letters hold their text.
CO_BYLINE_CARD_MAX_CHARS = 160
#: Characters that never show: soft hyphens, zero-width spaces and joiners, BOMs (removed
#: from names; "Mat\xadthi\xadas" is "Matthias").
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
#: Class names of elements whose text a reader never sees (rich snippets for search
#: engines, screen-reader text); "overflow-hidden" clips, it does not hide.
HIDDEN_CLASSES = (
    "hidden", "is-hidden", "d-none", "rich-snippet-hidden", "visually-hidden", "sr-only",
    "screen-reader-text", "invisible",
)  # fmt: skip
#: Hidden too: elements with a ``hidden`` attribute or ``display:none`` in their style
#: (spaces aside); see :func:`newsarchive.extract.visible._is_hidden`.
HIDDEN_STYLE = "display:none"
#: An author box's biography ("Anna Roth ist Redakteurin ..."): completes a first name alone.
#: (An element whose class contains :data:`AUTHOR_BIO_CLASS` and one of the parts.)
AUTHOR_BIO_CLASS = "author"
AUTHOR_BIO_CLASS_PARTS = ("bio", "description", "about")
#: What follows the full name opening a biography ("Anna Roth - Redakteurin", "Anna Roth ist
#: ..."); a box that runs its heading into the text ("Anna Das Internet ...") has none of it.
BIO_NAME_END = r"(?:\s*[-–,(|:]|\s+(?:ist|war|schreibt|arbeitet|lebt|wurde|studierte)\b)"
#: An author box's biography read as byline markup (``<aside class="author-box">Anna Roth ist
#: Campaignerin für Finanzwende und Klima.</aside>``): only the full name opening it names
#: anyone, never a word joined by "und" further on (round ra48, read in ch).
BIO_SENTENCE = re.compile(
    rf"(?P<name>{BYLINE_NAME.pattern})\s+(?:ist|war|is|was|schreibt|writes|arbeitet|works"
    r"|lebt|lives)\s+\S.{20,}"
)
#: Two words run together where markup joined two nodes ("Svea LindholmSvea Lindholm ist
#: …", a name card over its biography): no one name, left to the byline splitting.
CAMEL_JOIN = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
#: Where two of a byline's nodes ran together, a name's last word and a role or a place
#: ("Anna RothRedakteurin Wirtschaft", "Jan BergPartner, Hamburg"): three lower-case letters,
#: then a capitalised word of four letters or more; split there (not "McKenzie", "DiRoth",
#: "LeAnn", "LinkedIn"; :func:`~newsarchive.extract.names._unglued` spares the first word).
GLUED_PARTS = re.compile(r"(?<=[a-zäöüß]{3})(?=[A-ZÄÖÜ][a-zäöüß]{3})")
#: Headings over an author's other posts or profile ("Mehr von Anna Roth", "Über Anna Roth").
#: (These tags and elements whose class contains one of the parts, in document order.)
AUTHOR_HEADING_TAGS = ("h2", "h3", "h4")
AUTHOR_HEADING_CLASS_PARTS = ("widget-title",)
AUTHOR_HEADING = re.compile(
    r"(?:mehr\s+von|mehr\s+artikel\s+von|weitere\s+(?:artikel|beiträge)\s+von|"
    r"alle\s+(?:artikel|beiträge)\s+von|über)\s+",
    re.IGNORECASE,
)
#: A blog post's author answering in its comments: WordPress marks that comment
#: ``bypostauthor``; its author element names the post's author (a user name).
#: (The first element with this class, then those of its descendants whose class contains one
#: of :data:`POST_AUTHOR_COMMENT_PARTS`, and its ``<cite>``s.)
POST_AUTHOR_COMMENT_CLASS = "bypostauthor"
POST_AUTHOR_COMMENT_PARTS = ("comment-author", "fn")
#: How many words a site's name has where it names a person (:mod:`~.sitewriter`): a first
#: and a last name, or a middle name too ("Lena Vosskamp", "Beth Ann Carrow").
SITE_PERSON_WORDS = (2, 3)
#: A media item's meta line under its player ("Video · 2:41 Min. · SW24 Aktuell, 04.12.2026 ·
#: Beitrag von Sandra Kühn"): the clip's credit, not the article's byline (session 46, read
#: on de_full171).
MEDIA_CLIP_LINE = re.compile(
    r"(?:video|audio|podcast)\s*[·|•:-]\s*\d{1,2}:\d{2}\s*min\b", re.IGNORECASE
)
#: More roles after a name and a comma (session 65, read on de_full653, de_full679,
#: de_full680): a master craftsman's, a merchant's, an engineer's or a doctor's title as a
#: compound's end (:data:`~.credits.LEADING_ROLE_COMPOUND_ENDINGS`: "Hörakustikmeisterin",
#: "Installateur- und Heizungsbauermeister"; no bare "Meister", a surname too) and an
#: architect ("Architekt BDA", "Innenarchitektin"; these lower case, any word's end).
TRAILING_PROFESSION_ENDINGS = ("architekt", "architektin")
#: Signs a qualification carries and a person's name never does ("Dr. A, CFP®"): a byline
#: part holding one is the writer's qualification, not another writer.
QUALIFICATION_MARKS = ("®", "™")
#: The most writers a guest's line names with the guest (:func:`~newsarchive.extract.
#: signatures.guest_writers`): more is a list of people, not a byline.
GUEST_WRITERS_MAX = 3
