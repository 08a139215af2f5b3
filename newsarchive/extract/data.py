"""Data for :mod:`newsarchive.extract`: XPaths, lexicons and patterns, apart from logic.

Every table says what it is for; the extraction modules read them and hold no lists
of their own. Words are matched case-insensitively unless a comment says otherwise.

XPaths that test ``contains(@class, ...)`` start with a ``[@class]`` step (``[@id]``,
``[@href]``, ``[@itemprop]`` likewise): the same elements, but libxml2 skips every element
without the attribute before evaluating the string tests (measured: a third less time).
Those that only test the class read it once: ``//@class[contains(., ...)]/..`` (the same
elements in document order, another third less).
"""

from __future__ import annotations

import re

#: JSON-LD ``@type`` values that describe an article (the first such object wins).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "howto",  # a how-to or recipe page: its instructions are the article
        "recipe",
        "webpage",  # last resort: many blogs only declare the page
    }
)

#: Meta tags read for metadata, by field, in priority order (``name``/``property``/``itemprop``).
META_TITLE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "headline")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_AUTHOR = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "shareaholic:article_author_name",
    "twitter:misc:written by",
    "twitter:creator",
)
META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "dcterms.created",
    "article.published",
    "date.available",
    "og:published_time",
)
META_MODIFIED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
META_SECTION = ("article:section", "parsely-section", "section", "article.section", "og:section")
META_TAGS = ("news_keywords", "keywords", "article:tag", "parsely-tags", "sailthru.tags")
META_SITE_NAME = ("og:site_name", "application-name", "publisher", "dc.publisher")
META_IMAGE = ("og:image", "og:image:url", "twitter:image", "twitter:image:src")
META_LANGUAGE = ("og:locale", "content-language", "language", "dc.language")

#: Separators between a headline and a site name in ``<title>`` and ``og:title``.
#: A colon with a space before it ("Titel : Blogname") separates too; a colon right after a
#: word ("Rubrik: Titel") is part of the headline.
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|:|»|«|›|‹|•|⋆|·|~|/)\s+")
#: A separator left dangling at either end of a cut title.
TITLE_DANGLING = re.compile(
    r"^\s*(?:\||-|–|—|::|»|«|›|‹|•|⋆|·|~|/)\s*|\s*(?:\||-|–|—|::|»|«|›|‹|•|⋆|·|~|/)\s*$"
    r"|^\s*:\s+|\s+:\s*$"
)
#: Share of a headline's words that must recur in a metadata title for the two to tell the
#: same story (then the visible headline wins).
TITLE_MIN_SIMILARITY = 0.6
#: A headline that is a metadata title behind at most this many words ("Headline:", "Bild der
#: Woche") reads as that title: the words are a label or kicker.
TITLE_MAX_LABEL_WORDS = 4
#: A last title segment sharing this many leading letters (and more than half) with the
#: domain's name is the site's name, abbreviated or spelled out.
SITE_MIN_PREFIX = 6
#: A short heading among the body's first lines whose words overlap the title's this much
#: (shared words / all words) restates the headline (with a kicker, in other words) and
#: leaves the body; shorter headings stay.
HEADLINE_REPEAT_SIMILARITY = 0.65
HEADLINE_REPEAT_MIN_WORDS = 4
#: Words that mark a title segment as a site's tagline rather than the headline.
SITE_WORDS = frozenset(
    {"online", "magazin", "blog", "news", "nachrichten", "zeitung", "startseite", "archiv",
     "blog-archiv", "blogarchiv", "homepage", "website", "webseite", "portal"}
)  # fmt: skip

#: Headings that name a kind of page or a section, never an article ("Aktuelles",
#: "Unsere Produkte"): such an ``<h1>`` is passed over and the metadata title decides
#: (shop, service and listing pages). Lower case, the whole heading.
GENERIC_HEADINGS = frozenset(
    {"aktuelles", "aktuelle meldungen", "aktuelle nachrichten", "neuigkeiten", "news", "blog",
     "willkommen", "herzlich willkommen", "startseite", "home", "produkte", "unsere produkte",
     "leistungen", "unsere leistungen", "angebote", "unsere angebote", "service", "shop",
     "presse", "pressemitteilungen", "pressemeldungen", "archiv", "blog-archiv", "beiträge",
     "artikel", "kategorie", "kategorien", "suche", "suchergebnisse", "menü", "navigation",
     "kontakt", "impressum", "datenschutz", "über uns", "termine", "veranstaltungen",
     "downloads", "magazin", "ratgeber", "lexikon", "glossar", "faq", "hilfe", "login",
     "anmelden", "warenkorb", "meldungen", "nachrichten", "themen", "kommentare", "meinung",
     "kolumne", "kolumnen", "letzte beiträge", "neueste beiträge", "beliebte beiträge"}
)  # fmt: skip
#: Markup that holds the visible headline: ``<h1>``s, then article ``<h2>``s built from a
#: kicker and a headline span (a common layout where the ``<h1>`` is a sticky nav bar).
#: (``<h1>``s, ``<h2>``s whose class or a descendant's contains this, and elements with
#: ``itemprop="headline"`` but ``<meta>``s, in document order.)
H1_CLASS_PART = "headline"
#: Other headings read as headlines when a metadata title repeats them word for word (the
#: first so many, outside navigation and footers).
#: (``<h2>``s and ``<h3>``s outside these.)
REPEATED_HEADING_OUTSIDE = frozenset({"nav", "footer"})
REPEATED_HEADING_MAX = 30
#: Classes of a headline's main part (the rest being the kicker).
HEADLINE_CLASSES = ("headline", "title")
#: Classes that mark an ``<h1>`` as the site's logo or a screen-reader label.
H1_EXCLUDE_CLASSES = (
    "site-title",
    "logo",
    "screen-reader",
    "breadcrumb",
    "sr-only",
    "visually-hidden",
)
#: Classes that mark an ``<h1>`` inside a page ``<header>`` as the article's headline.
H1_ARTICLE_CLASSES = ("entry-title", "post-title", "article-title", "headline")
#: Elements nested in a headline that are not part of it (a byline or date inside the ``<h1>``).
HEADLINE_SKIP_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "time", "script", "style"})
HEADLINE_SKIP_CLASS = re.compile(r"author|byline|date|posted", re.IGNORECASE)
#: A page archived by the Wayback Machine: the original address is the site's.
ARCHIVED_URL = re.compile(r"https?://web\.archive\.org/web/[^/]+/(https?://.+)")
#: Class substrings of the parts of an ``<h1>`` that are a kicker (Dachzeile), not the headline.
KICKER_CLASSES = (
    "kicker",
    "dachzeile",
    "topline",
    "overline",
    "roofline",
    "eyebrow",
    "subline",
    "subtitle",
    "spitzmarke",
    "supertitle",
    "super-title",
    "label",
)
#: Elements whose text is the site's name (logo, home link): such title segments are cut.
#: (Links with ``href="/"`` or ``rel="home"`` and elements whose class contains one of these.)
SITE_NAME_CLASS_PARTS = ("site-title", "site-name", "logo", "brand")
#: Ancestors that mark an ``<h1>`` as a logo or navigation rather than the headline.
H1_EXCLUDE_ANCESTORS = frozenset({"header", "nav", "footer"})

#: Bylines in markup, tried in order when JSON-LD and meta tags name no author
#: (:func:`~newsarchive.extract.authors.markup_byline_kinds`): ``itemprop="name"`` inside
#: ``itemprop="author"``; ``itemprop="author"`` without such a name; ``<a rel="author">``;
#: a class with one of :data:`AUTHOR_CLASS_WORDS` (whole words, in order); a class that
#: contains "author" but not "authors" (not the ``<body>``, not a ``<div>`` holding a ``<p>``);
#: none inside a form or inside an element whose class contains "comment".
AUTHOR_CLASS_WORDS = ("author-name", "byline")
#: Every element :data:`AUTHOR_CLASS_WORDS` describes and a forum post's ``data-author`` (and more):
#: ``itemprop="author"``, ``<a rel="author">``, ``<article data-author>`` and a class that
#: contains one of these; a page without any is not searched further.
AUTHOR_MARKUP_CLASS_PARTS = ("author", "byline")
#: Labels of ``twitter:labelN`` meta tags whose ``twitter:dataN`` names the author (Yoast).
AUTHOR_LABEL = re.compile(
    r"(?:verfasst|geschrieben|erstellt)\s+von|written\s+by|autor(?:in)?|author", re.IGNORECASE
)
#: Byline text near the headline, read when metadata and byline markup name nobody:
#: "Von Anna Müller", "Autor: Jan Schulz | 26.11.2026", "Redaktion: Eva Roth (Pressestelle)".
BYLINE_TEXT = re.compile(
    r"(?:^[-–]?\s*|[|•·]\s*|\s[-–]\s)(?P<lead>von|vom|autor(?:in)?\s*:|verfasst\s+von\s*:?|"
    r"geschrieben\s+von\s*:?|redaktion\s*:|text\s*:|posted\s+by|written\s+by|"
    r"(?:blog\s*|ein\s+)?beitrag\s+von|erstellt\s+von|veröffentlicht\s+von|"
    r"eingestellt\s+von|gepostet\s+von)\s+"
    r"(?P<name>[^|(/\n]{2,80}?)"
    r"(?=\s*(?:$|[|(/•·]|\s[-–]\s)|\s+(?:\d|am(?:\s|$)|um(?:\s|$)|tags?:|kategorie))",
    re.IGNORECASE,
)
#: A name closing a date line: "11.12.2026 - Anna Müller", "04.02.2026 | 13:10 Uhr | Jan Schulz".
BYLINE_AFTER_DATE = re.compile(
    r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d{2}(?:\s*Uhr)?)\s*[-–|]\s*(?P<name>[^|/\d]{3,60}?)\s*$",
    re.IGNORECASE,
)
#: A byline text that is only the lead word ("Von" followed by a link): joined to the next node.
BYLINE_PREFIX_ONLY = re.compile(
    r"(?:von|autor(?:in)?:?|verfasst von:?|geschrieben von:?|erstellt von:?|redaktion:|text:|"
    r"posted by|eingestellt von|gepostet von)",
    re.IGNORECASE,
)
#: Text between two linked names in a byline ("Von <a>…</a> und <a>…</a>").
BYLINE_JOINER = re.compile(r",|&|und|and|sowie", re.IGNORECASE)
#: A person's name in byline text: one to four capitalised words (initials allowed).
BYLINE_NAME = re.compile(
    r"(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
    r"(?:\s+(?:von\s+|van\s+|de\s+)?(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][^\W\d_'’]*(?:['’-][A-ZÄÖÜ]?[^\W\d_]+)?)){1,3}"
)
#: A greeting that closes a blog post before its author's name ("Viele Grüße", "Eure"; not
#: the formal "Ihre", which signs for companies: "Ihre Sparkasse").
SIGNATURE_GREETING = re.compile(
    r"(?i:(?:viele|liebe|herzliche|beste|schöne|sonnige|sportliche)\s+grü(?:ß|ss)e|"
    r"(?:mit\s+)?(?:freundlichen|herzlichen|besten|lieben|sonnigen)\s+grü(?:ß|ss)en|"
    r"grü(?:ß|ss)e|gru(?:ß|ss)|lg|vg|euer|eure|dein|deine|bis\s+bald|cheers)[,!.]?"
)
#: A post's last line signed by its author after a greeting ("Viele Grüße, Anna Müller",
#: "Eure Anna"); the name's words capitalised (case-sensitive). A name alone or after a
#: dash is no signature: German nouns are capitalised too ("– Eigene Recherche").
SIGNATURE = re.compile(
    rf"{SIGNATURE_GREETING.pattern}\s*"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:[- ](?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][a-zäöüß]+){0,2})"
    r"\s*[.!]?"
)
#: Words of a signature that signs for a group, not a person ("Euer Redaktionsteam").
SIGNATURE_NOT_NAMES = re.compile(r"team|redaktion|verlag|presse|vorstand|verein", re.IGNORECASE)
#: Leads after which a user name ("bankfan", "spar.fuchs") is an author too.
BYLINE_HANDLE_LEADS = (
    "verfasst", "geschrieben", "posted", "erstellt", "veröffentlicht", "eingestellt", "gepostet",
)  # fmt: skip
BYLINE_HANDLE = re.compile(r"[\w.-]{3,30}")
#: A user name after any lead: letters with digits, dots or underscores ("Sparfuchs7").
BYLINE_USER = re.compile(r"(?=[\w.-]*[^\W\d_])(?=[\w.-]*[\d._])[\w.-]{3,30}")
#: Byline text is looked for in this many text nodes from the headline on (and a few before).
BYLINE_MAX_NODES = 200
BYLINE_NODES_BEFORE = 10
#: A byline paragraph ("Von Anna Müller" alone) that overrides a hidden metadata author is
#: looked for in this many text nodes after the headline.
BYLINE_PARAGRAPH_NODES = 40
#: Longer text nodes are body text, not bylines.
BYLINE_MAX_CHARS = 160
#: A post's footer or meta line (outside comments), read for byline text when the text near
#: the headline names nobody: the first so many, of at most so many characters.
#: (``<footer>``s inside an ``<article>`` and elements whose class contains one of these, in
#: document order, unless they or an ancestor have a class containing "comment".)
#: A name whose last word is an initial ("J. K.", "Anna M."): its closing period is part of it.
NAME_ENDS_IN_INITIAL = re.compile(r"(?:^|[\s.])[A-ZÄÖÜ]$")
POST_FOOTER_CLASS_PARTS = ("entry-footer", "post-footer", "entry-meta", "post-meta", "postmeta")
POST_FOOTER_MAX = 10
POST_FOOTER_MAX_CHARS = 400
#: The author of a forum thread's first post (XenForo and similar boards): this attribute of
#: the first ``<article>`` that has it.
AUTHOR_ATTRIBUTE = "data-author"
#: Trailing text after a name in a byline: dates, "sagt", "Alle Artikel", arrows.
AUTHOR_TRAILER = re.compile(
    r"(?:\s+am\s+\w+|\s*vor\s+\d+.*|\s+sagt\b.*|\s*alle\s+(?:artikel|beiträge).*|"
    r"\s+im\s+gespräch.*|\s*kontakt$|\s*mehr$|\s*[→»›]+|\s*\d{1,2}\.\s*\d{1,2}\..*|\s*\d{1,2}\.\s+\w+\s+\d{4}.*)$",
    re.IGNORECASE,
)
#: Words before a name in a byline, removed ("Von Anna Müller", "Text: Jan Schulz").
AUTHOR_PREFIX = re.compile(
    r"^(?:(?:ein(?:e)?\s+)?(?:kommentar|gastbeitrag|gastkommentar|analyse|essay|interview|"
    r"kolumne|bericht|reportage|beitrag|artikel)\s+von|von|vom|by|text(?:\s+und\s+fotos?)?|"
    r"autor(?:in)?|autoren|verfasst\s+von|geschrieben\s+von|fotos?|interview|"
    r"zeige\s+alle\s+beiträge\s+von|alle\s+beiträge\s+von|posted\s+by|written\s+by|"
    r"mehr\s+von|artikel\s+von|redaktion:|veröffentlicht\s+von|publiziert\s+von|"
    r"publiziert\s+am|show\s+all\s+articles\s+of|author|alles\s+von|blog\s*beitrag\s+von|"
    r"eingestellt\s+von|gepostet\s+von|erstellt\s+von|"
    r"(?:veröffentlicht|publiziert|erstellt|aktualisiert)\s+am\s+[^|]{4,40}?\s+von)\s*:?\s*",
    re.IGNORECASE,
)
#: Places that follow a name in a byline ("Von Anna Müller, Frankfurt") or a publisher's
#: address in its meta author ("Verlag, Berlin, Germany"): never an author beside a name.
AUTHOR_PLACES = frozenset(
    {
        "berlin",
        "hamburg",
        "münchen",
        "munich",
        "köln",
        "frankfurt",
        "frankfurt am main",
        "stuttgart",
        "düsseldorf",
        "dortmund",
        "essen",
        "leipzig",
        "bremen",
        "dresden",
        "hannover",
        "nürnberg",
        "bonn",
        "mainz",
        "wiesbaden",
        "kassel",
        "fulda",
        "darmstadt",
        "karlsruhe",
        "mannheim",
        "heidelberg",
        "freiburg",
        "augsburg",
        "münster",
        "kiel",
        "rostock",
        "potsdam",
        "magdeburg",
        "erfurt",
        "saarbrücken",
        "wien",
        "vienna",
        "graz",
        "linz",
        "salzburg",
        "innsbruck",
        "zürich",
        "bern",
        "basel",
        "genf",
        "brüssel",
        "brussels",
        "luxemburg",
        "paris",
        "london",
        "new york",
        "washington",
        "deutschland",
        "germany",
        "österreich",
        "austria",
        "schweiz",
        "switzerland",
    }
)
#: Lower-case words that may start a name ("von der Leyen", "de Maizière").
NAME_PARTICLES = frozenset({"von", "van", "de", "da", "di", "del", "della", "du", "le", "la", "zu"})
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
COMMENT_CLASS_PARTS = ("comment", "kommentare", "kommentarbereich", "leserkommentar")
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
#: (spaces aside); see :func:`newsarchive.extract.authors._is_hidden`.
HIDDEN_STYLE = "display:none"
#: An author box's biography ("Anna Roth ist Redakteurin ..."): completes a first name alone.
#: (An element whose class contains :data:`AUTHOR_BIO_CLASS` and one of the parts.)
AUTHOR_BIO_CLASS = "author"
AUTHOR_BIO_CLASS_PARTS = ("bio", "description", "about")
#: What follows the full name opening a biography ("Anna Roth - Redakteurin", "Anna Roth ist
#: ..."); a box that runs its heading into the text ("Anna Das Internet ...") has none of it.
BIO_NAME_END = r"(?:\s*[-–,(|:]|\s+(?:ist|war|schreibt|arbeitet|lebt|wurde|studierte)\b)"
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
#: Separators between names in a byline.
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\s+und\s+|\s+and\s+|\s+sowie\s+|\s+mit\s+|\|)\s*")
#: Job titles and roles that follow or precede a name; the part they start is dropped.
ROLE_WORDS = frozenset(
    {
        "redakteur",
        "redakteurin",
        "redaktion",
        "chefredakteur",
        "chefredakteurin",
        "korrespondent",
        "korrespondentin",
        "autor",
        "autorin",
        "reporter",
        "reporterin",
        "volontär",
        "volontärin",
        "ressortleiter",
        "ressortleiterin",
        "leiter",
        "leiterin",
        "experte",
        "expertin",
        "gastautor",
        "gastautorin",
        "freier",
        "freie",
        "mitarbeiter",
        "mitarbeiterin",
        "fotograf",
        "fotografin",
        "kolumnist",
        "kolumnistin",
        "editor",
        "author",
        "staff",
        "writer",
    }
)
#: Strings that are never an author name.
AUTHOR_STOPWORDS = frozenset(
    {
        "admin",
        "administrator",
        "wordpressadmin",
        "name",
        "human",
        "gast",
        "guest",
        "unknown",
        "anonymous",
        "anonym",
        "null",
        "none",
        "undefined",
        "webmaster",
    }
)
#: News agencies (lower case, as written in bylines) and their canonical spelling.
AGENCIES = {
    "dpa": "dpa",
    "dpa-afx": "dpa-AFX",
    "dpa-infocom": "dpa",
    "dpa-infoline": "dpa",
    "afp": "AFP",
    "ap": "AP",
    "reuters": "Reuters",
    "kna": "KNA",
    "epd": "epd",
    "dts": "dts",
    "sid": "SID",
    "ddp": "ddp",
    "apa": "APA",
    "sda": "sda",
    "keystone-sda": "Keystone-SDA",
    "bloomberg": "Bloomberg",
    "efe": "EFE",
    "ansa": "ANSA",
    "afx": "AFX",
    "idea": "idea",
    "kathpress": "Kathpress",
}

#: Date parts of German (and English) month names.
MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jan": 1,
    "january": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "february": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    "december": 12,
    "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A paragraph that is only a byline and dateline ("Von Anna Müller 28. Oktober 2008, 16:30
#: Uhr", "Von Anna Müller und Jan Schulz"): first or last in the body, it is not text.
BYLINE_LINE = re.compile(
    rf"(?i:von|by|text:|autor(?:in)?:)\s+{BYLINE_NAME.pattern}"
    rf"(?:\s*(?:,|&|\s(?i:und|and))\s*{BYLINE_NAME.pattern})*"
    rf"(?:\s*[,|–-]?\s*\d{{1,2}}\.\s*(?:\d{{1,2}}\.|(?i:{_MONTH_NAMES})\.?)\s*\d{{2,4}}"
    r"(?:\s*[,|]?\s*(?i:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?i:uhr))?)?)?\s*"
)
#: A byline with the writer's place ("Von Anna Müller, Frankfurt"): a byline paragraph of
#: the body too (not used for the authors, where the place is no name).
BYLINE_PLACE_LINE = re.compile(
    rf"(?:{BYLINE_LINE.pattern}),\s*[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+)?\s*"
)
#: Headings above a byline at the top of the body (a subtitle under the headline) leave
#: with it: at most this many characters each, none ending like a sentence.
HEADER_LINE_MAX_CHARS = 250
#: ... and at most this many of them.
HEADER_MAX_LINES = 4
#: "26. November 2026, 14:05 Uhr", "26. Nov. 2026 um 14.05 Uhr".
DATE_LONG = re.compile(
    rf"\b(\d{{1,2}})\.?\s*({_MONTH_NAMES})\.?\s+(\d{{4}})"
    r"(?:\s*(?:,|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?",
    re.IGNORECASE,
)
#: "26.11.2026, 14:05 Uhr", "26.11.2026 - 14:05".
DATE_NUMERIC = re.compile(
    r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:,|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?"
)
#: "26.11.26", "Do., 26.11.26 14:05": a numeric date with a two-digit year (this century),
#: not followed by more digits or dots (version numbers, "1.2.345"); read after the
#: four-digit forms only.
DATE_NUMERIC_SHORT_YEAR = re.compile(
    r"(?<![\d.])\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]*\d)(?:\s*(?:,|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2})"
    r"(?:\s*Uhr)?)?"
)
#: "November 26, 2026", "Nov. 26th, 2026 at 14:05": English, month first (blog themes).
DATE_MONTH_FIRST = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    r"(?:\s*(?:,|at|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2}))?",
    re.IGNORECASE,
)
#: "vor 3 Stunden", "vor einer Minute", "vor 2 Tagen": relative to the fetch time.
DATE_RELATIVE = re.compile(
    r"\bvor\s+(\d+|einer|einem|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+"
    r"(Sekunden?|Minuten?|Min\.?|Stunden?|Std\.?|Tag(?:en)?|Wochen?)\b",
    re.IGNORECASE,
)
#: "heute, 14:05 Uhr", "gestern 9.30 Uhr".
DATE_DAYWORD = re.compile(
    r"\b(heute|gestern|vorgestern)\b(?:\s*,?\s*(?:um\s*)?(\d{1,2})[:.](\d{2}))?", re.IGNORECASE
)
#: Number words in relative dates.
NUMBER_WORDS = {
    "einer": 1,
    "einem": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
}
#: Markup that holds the publication date when metadata is missing.
#: ``<time datetime>``, then ``itemprop="datePublished"``, then a class containing one of these.
DATE_ITEMPROP = "datePublished"
DATE_CLASS_PARTS = ("date", "time", "publish")
#: Date markup elements read per kind of :data:`DATE_CLASS_PARTS`, in document order; those in
#: parts with other dates (:data:`VISIBLE_DATE_SKIP_WORDS`: comments, teasers, sidebars...)
#: and those marked as a modification date are passed over.
DATE_MARKUP_CANDIDATES = 20
#: (A part holding the headline is the page's layout, whatever its class says:
#: "layout-right-sidebar", "with-navigation".) hAtom marks one element "published updated".
DATE_MARKUP_MODIFIED = re.compile(r"modif|update|aktualisier|edited|geändert", re.IGNORECASE)
DATE_MARKUP_PUBLISHED = re.compile(r"publi|creat|erstellt|veröffentlicht", re.IGNORECASE)
#: "11/26/2026": a slashed date is written month first (US style; German uses dots); a first
#: number above 12 can only be a day.
DATE_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2}))?")
#: A day in the page address: "/2026/11/26/", "/2026-11-26", "/26-11-2026" (day first).
URL_DATE_YMD = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|\.|-|$)")
URL_DATE_DMY = re.compile(r"/(\d{1,2})-(\d{1,2})-(20\d{2}|19\d{2})(?:/|\.|$)")

#: The visible date: the date line nearest the headline (readers' and annotators' date).
#: It replaces the metadata date when the two differ by less than
#: :data:`VISIBLE_DATE_MAX_DRIFT_DAYS` (metadata often carries the CMS creation time); a
#: larger gap means the visible date is something else (an event, a quoted source).
#: Elements whose subtree is never read for it:
VISIBLE_DATE_SKIP_TAGS = frozenset(
    {"script", "style", "nav", "footer", "aside", "form", "noscript", "select", "button"}
)
#: Class/id substrings (any case) of page parts that carry other dates (comments, teasers...).
VISIBLE_DATE_SKIP_WORDS = (
    "comment",
    "kommentare",
    "kommentarbereich",
    "ticker",
    "slide",
    "teaser",
    "related",
    "sidebar",
    "widget",
    "footer",
    "nav",
    "menu",
    "tweet",
    "breadcrumb",
    "cookie",
)
#: Words allowed around a date in a date line ("Veröffentlicht am Donnerstag, 26.11.2026 um");
#: a blog's meta line counts its comments beside the date ("| 4 Kommentare", "Keine
#: Kommentare"), which is no sentence either.
VISIBLE_DATE_FILLER = re.compile(
    r"\b(?:veröffentlicht|erstellt|publiziert|datum|am|um|uhr|vom|von|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|"
    r"(?:\d+|keine|ein|einen)\s+(?:kommentare?|antworten|comments?))\b|\W",
    re.IGNORECASE,
)
#: A date line names at most this many other characters (a short byline fits, a sentence not).
VISIBLE_DATE_MAX_REST = 20
#: A dash after a date that opens a paragraph: a dateline ("27.1.2026 - Die Sparkasse ...").
DATELINE_DASH = re.compile(r"\s*[-–—]\s")
#: Date lines saying the page was updated are not the publication date; a line naming the
#: publication before it ("Erstellt am 3.11.2026, aktualisiert am 20.11.2026") is read up to
#: the update word.
VISIBLE_DATE_UPDATE = re.compile(r"aktualisiert|update|geändert|stand", re.IGNORECASE)
#: Text nodes after the headline (nodes before it count three times) a date line may be away.
VISIBLE_DATE_MAX_DISTANCE = 300
VISIBLE_DATE_MAX_DRIFT_DAYS = 200
#: Text nodes read after the headline for the visible date and byline text (the walk stops).
NODES_AFTER_HEADLINE = 320

#: Size guards, checked before the expensive steps so that every page is extracted or
#: refused (``ExtractionError('too-large')`` / ``('bad-jsonld')``) in time linear in its size,
#: well inside the crawl's per-page budget. Measured on the dev corpus: at most 2.2 million
#: characters, 9,748 elements, 7,134 attributes, JSON-LD 8 levels deep and 15 KB long.
#: Decoded HTML longer than this is refused before parsing.
MAX_HTML_CHARS = 5_000_000
#: A gzipped page (``newsarchive extract PAGE.html.gz``) is inflated up to this many bytes.
MAX_GZIP_BYTES = 4 * MAX_HTML_CHARS
#: A parsed page with more elements is refused (trafilatura's time grows faster than the
#: element count: 40,000 tiny paragraphs took 9 s, 20,000 under 3 s).
MAX_ELEMENTS = 20_000
#: Pages longer than this many characters are also checked for attributes: more than
#: :data:`MAX_ATTRIBUTES` of them refuse the page; on pages longer than
#: :data:`LONG_ATTRIBUTE_CHECK_CHARS`, values longer than :data:`MAX_ATTRIBUTE_CHARS` are
#: dropped (inline data and images, never read here).
ATTRIBUTE_CHECK_CHARS = 300_000
LONG_ATTRIBUTE_CHECK_CHARS = 1_000_000
#: A tag with more attributes is refused before parsing (the parser's time grows with the
#: square of a tag's attributes: 150,000 in three tags took 31 s).
MAX_TAG_ATTRIBUTES = 1_000
MAX_ATTRIBUTES = 50_000
MAX_ATTRIBUTE_CHARS = 5_000
#: A JSON-LD script longer than this, or nested deeper, refuses the page as ``bad-jsonld``
#: (real ones are a few kilobytes and under 15 levels; deep nesting is an attack on the
#: parser's recursion).
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_DEPTH = 64

#: Time zone of dates written without one (German-language news).
DEFAULT_TZ = "Europe/Berlin"

#: Elements trafilatura deletes whole in its tree cleaning, removed (tail text kept) before
#: the tree is handed to it: its readability comparison, which reads the uncleaned tree,
#: then sees the same region as its main extractor, and its XPath passes and tree copies
#: touch fewer elements (about 20 % of its time). JSON-LD scripts stay (its forum check
#: reads them). Measured on dev: 3 pages change, a related-links list and a newsletter teaser
#: less in the body; token F1 0.971 -> 0.973, the other figures unchanged.
TRAFILATURA_DELETED_TAGS = (
    "script", "style", "noscript", "svg", "iframe", "nav", "footer", "aside", "menu", "meta",
    "link", "embed", "object", "applet", "audio", "canvas", "figure", "map", "picture", "video",
    "area", "button", "datalist", "dialog", "fieldset", "input", "label", "legend", "select",
    "option", "optgroup", "textarea", "source", "track", "param", "progress", "output", "use",
    "noindex",
)  # fmt: skip

#: Elements trafilatura's cleaning strips (their text stays), stripped before it reads the
#: tree: the same text, fewer elements for its XPath passes (measured: no dev page changes).
TRAFILATURA_STRIPPED_TAGS = (
    "abbr", "acronym", "address", "bdi", "bdo", "big", "cite", "data", "dfn", "font", "hgroup",
    "img", "ins", "mark", "nobr", "ruby", "small", "tbody", "template", "tfoot", "thead", "col",
    "colgroup",
)  # fmt: skip
#: Empty inline elements (no text, no children, no tail) of these tags, removed before
#: trafilatura reads the tree (unless their parent would be left empty): its cleaning deletes
#: them too, and its XPath passes and copies touch fewer elements. Inline only: an empty
#: block (``<div>``) decides whether its readability comparison turns the parent into a
#: paragraph. Measured: no dev page changes; trafilatura's time on dev -4 %. Measured again
#: (29 Nov 2026): empty blocks too change no dev page either, and gain no measurable time
#: (paired, 0.995-0.997x), so the list stays inline only.
TRAFILATURA_EMPTY_TAGS = ("span", "i", "b", "em", "strong")
#: Elements removed before body extraction: bios, comments, promos, sharing, related
#: links, consent banners, image credits. A class or id token must match the whole
#: pattern (``comments-area`` yes, ``elementor-widget`` no).
BOILERPLATE_TOKEN = re.compile(
    r"(?:author-?(?:bio|box|info|description|details)|about-?(?:the-)?author|autorenbox|"
    r"(?:post-|article-)?comments?(?:-area|-list|-respond|-form|-section|-wrapper|-container)?|"
    r"commentlist|commentform|respond|reply-title|kommentare|disqus(?:_thread)?|"
    r"newsletter(?:-(?:box|signup|teaser|form|promo|container|widget))?|"
    r"podcast-?(?:teaser|promo|box)|"
    r"(?:social-?)?shar(?:e|ing)(?:-?(?:buttons?|bar|tools|box|links|icons|container))?|"
    r"social-?(?:media-?)?(?:buttons|icons|links)|shariff|sharedaddy|addtoany|a2a_kit|"
    r"related(?:-?(?:posts|articles|content|links|stories))?|relatedposts|yarpp-related|"
    r"jp-relatedposts|read-?more-?(?:box|links|teaser)|lesen-?sie-?auch|mehr-?zum-?thema|"
    r"more-?(?:on-?topic|articles)|"
    r"cookie-?(?:banner|notice|consent|box|bar|hint|layer|preference)s?|"
    r"(?:cmp|consent|gdpr)-?(?:banner|container|layer|box|wrapper)?|"
    r"image-?credits?|photo-?credits?|bildnachweis|breadcrumbs?|post-navigation|nav-links|"
    r"paywall-?teaser|ad-?container|advertisement|anzeige|tagcloud|tags-?links|post-tags|"
    r"entry-(?:meta|footer|tags)|print-?link|"
    # a page's side column beside the article (``right-wrap``, ``right-col``, ``leftBox``)
    r"(?:right|left)[-_]?(?:wrap|bx|box|col|column|rail)|"
    # the kicker above a headline, which the body never repeats (``Dachzeile``)
    r"(?:[\w]+-)*(?:kicker|overline|dachzeile|spitzmarke|aboveheading))",
    re.IGNORECASE,
)
#: Elements always removed before body extraction: these, then those with these ids.
BOILERPLATE_TAGS = ("figcaption",)
BOILERPLATE_IDS = frozenset({"comments", "respond", "disqus_thread"})
#: Elements holding more than this share of the page's text are never removed as
#: boilerplate (a whole page wrapped in a form or a "widget").
BOILERPLATE_MAX_SHARE = 0.5

#: Paragraphs (short ones) that start with these words are navigation or promos: dropped.
BOILERPLATE_LINE = re.compile(
    r"^(?:lesen sie (?:auch|mehr|hier)|lesen sie weiter|mehr zum thema|mehr dazu|auch interessant|"
    r"das könnte sie (?:auch )?interessieren|weitere artikel|weiterlesen|zum thema|"
    r"empfohlene artikel|ähnliche artikel|verwandte artikel|passend dazu|siehe auch|"
    r"artikel teilen|teilen sie|jetzt teilen|teilen auf|share|drucken|e-mail senden|"
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
    r"(?:foto|fotos|bild|bilder|grafik|video|quelle bild|titelbild|symbolbild)\s*:|©|\(c\)\s)",
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
    r"(?:lest|lesen sie) den originalartikel\b|hier (?:geht es|geht's) zum originalartikel\b)",
    re.IGNORECASE,
)
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
    r"(?i:in)? (?:[A-ZÄÖÜ][\w.-]+ ){1,3}(?i:ist|schreibt|arbeitet|berichtet|leitet|war)\b"
)
#: The heading of a list of the sources a text used ("Verwendete Quellen"): the heading and
#: the list right after it leave the body (:func:`~newsarchive.extract.body.drop_source_lists`).
SOURCES_HEADING = re.compile(
    r"(?:verwendete |benutzte |genutzte )?quellen(?:angaben| und links)?\s*:?", re.IGNORECASE
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
CONTACT_BLOCK = re.compile(r"(?:presse)?kontakt(?:e|daten)?\s*:?|medienkontakt\s*:?", re.IGNORECASE)
#: Image captions left in the text: a short paragraph ending in a credit ("... © AFP / Name").
CAPTION_LINE = re.compile(
    r".{0,160}©\s*[^©.!?]{2,60}$|"
    # or in a picture credit after the caption ("... Verkehr. Bild: Name", "Foto: dpa")
    r".{0,200}[.!?:\s](?:bild|foto|fotos|grafik|illustration)\s*:\s*[^.!?:©]{2,60}$",
    re.IGNORECASE,
)
#: A body with fewer words than this is no article (a navigation stub, an error page).
MIN_BODY_WORDS = 3
#: Only paragraphs shorter than this are tested against :data:`BOILERPLATE_LINE`.
BOILERPLATE_MAX_CHARS = 160

#: Source attribution lines: the match's ``source`` group fills the ``source`` field and the
#: line leaves the body.
SOURCE_LINES = (
    re.compile(r"^\(?\s*quelle\s*:\s*(?P<source>[^()]{2,80}?)\s*\)?\.?$", re.IGNORECASE),
    re.compile(
        r"^\(?\s*mit material (?:von|der|des|aus)\s+(?P<source>.{2,80}?)\s*\)?\.?$", re.IGNORECASE
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
    re.compile(r"^erstveröffentlichung\s*:\s*(?P<source>.{2,120}?)\.?$", re.IGNORECASE),
    re.compile(
        r"^\(?\s*(?P<source>(?:dpa|afp|ap|reuters|kna|epd|dts|sid|apa|sda|dpa-afx)"
        r"(?:\s*[/,]\s*(?:dpa|afp|ap|reuters|kna|epd|dts|sid|apa|sda|dpa-afx|[a-z]{2,4}))*)"
        r"\s*\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(r"^©\s*(?P<source>dpa-infocom.*)$", re.IGNORECASE),
)
#: An agency in a dateline at the start of the body: "FRANKFURT (dpa-AFX) - ...".
DATELINE_AGENCY = re.compile(
    r"^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,40}\s*\((?P<source>dpa-AFX|dpa|AFP|Reuters|AP|KNA|epd|dts|SID|"
    r"APA|sda)\)\s*[-–—:]",
)

#: Paywall markers: class/id substrings and visible phrases.
#: (An element whose class contains one of the class parts or whose id one of the id parts.)
PAYWALL_CLASS_PARTS = ("paywall", "plus-content", "premium-content", "article-locked", "piano-")
PAYWALL_ID_PARTS = ("paywall",)
#: The substrings the two parts above test: a page whose source holds none of them is not
#: searched (a string search instead of a walk over the page's index).
PAYWALL_MARKERS = ("paywall", "plus-content", "premium-content", "article-locked", "piano-")
PAYWALL_PHRASES = re.compile(
    r"(?:weiterlesen mit|jetzt weiterlesen|exklusiv für abonnenten|nur für abonnenten|"
    r"lesen sie (?:diesen|den) artikel mit|um diesen artikel (?:weiter )?zu lesen|"
    r"abonnieren sie .{0,30}um weiterzulesen|dieser artikel ist (?:nur )?für abonnenten)",
    re.IGNORECASE,
)
#: Content-tier meta values that mean the article is behind a paywall.
PAYWALL_TIERS = frozenset({"locked", "metered", "premium", "paid", "subscriber"})

#: Elements that hold the teaser/lead in markup, tried in order: those with
#: ``itemprop="description"`` (not a ``<meta>``), then those whose class contains one of
#: these (:func:`~newsarchive.extract.body.lead_candidates`).
LEAD_ITEMPROP = "description"
LEAD_CLASS_PARTS = (
    "lead", "teaser-text", "intro", "summary", "standfirst", "kicker-text",
    "article-header__intro", "entry-excerpt", "excerpt",
)  # fmt: skip

#: A lead element inside the article (an intro the description does not repeat) is the lead.
ARTICLE_INTRO_XPATH = (
    "self::*[ancestor::article and not(ancestor::aside) and not(contains(@class, 'author')) and "
    "not(ancestor::*[contains(@class, 'author') or contains(@class, 'teaser') or "
    "contains(@class, 'related') or contains(@class, 'bio') or contains(@class, 'list')])]"
)
#: An HTML entity left in a meta tag's content after parsing (the CMS escaped it twice).
ESCAPED_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")
#: A list item that is a teaser link: a headline's length (a menu's items are shorter),
#: this share of its text linked.
LINK_ITEM_MIN_CHARS = 25
#: Heading tags: one right above a removed teaser list is its heading and leaves with it.
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
LINK_ITEM_MAX_CHARS = 160
LINK_ITEM_MIN_SHARE = 0.6
#: A pull quote: a line of at most this many characters and at least this many words, this
#: share of whose words a longer paragraph repeats.
PULL_QUOTE_MAX_CHARS = 300
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_SHARE = 0.8
#: The line crediting a pull quote: a name, a comma, the speaker's role; no sentence.
QUOTE_CREDIT_LINE = re.compile(r"[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+){1,3},\s+[^.!?]{3,120}")
#: Cloudflare's e-mail obfuscation.
CFEMAIL_XPATH = "//*[@data-cfemail]"
CFEMAIL_HREF = "/cdn-cgi/l/email-protection#"

#: trafilatura versions whose body search :mod:`~newsarchive.extract.mainbody` runs step by
#: step (its internal steps were read and checked against ``bare_extraction`` for these:
#: same text on every dev page and in ``tests/extract/test_mainbody.py``); any other version
#: gets the public ``bare_extraction`` call. Check the steps again before adding one.
TRAFILATURA_STEPWISE_VERSIONS = ("2.3.",)
