"""Data for the metadata and the title: JSON-LD types, meta tag names, title separators and
headline markup (:mod:`newsarchive.extract.metadata`, :mod:`newsarchive.extract.title`)."""

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
        # a forum thread's opening post (schema.org's type for forum threads): its author
        # and date are the thread's (kind read in de_full8, judged on half P)
        "discussionforumposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "howto",  # a how-to or recipe page: its instructions are the article
        "recipe",
        # a review portal's page of one review: its headline, reviewer and day are the page's
        # (session 61, read on en_dt and en_du: the company's name in the <h1>)
        "review",
        "webpage",  # last resort: many blogs only declare the page
    }
)

#: A Q&A page's question shown at length is a forum's opening post: its asker and day are the
#: page's over an accepted answer's (:mod:`~newsarchive.extract.qapost`). Read on session 52's
#: forum judges (de_full242/248/255: opening posts of 1,587-1,969 characters) against the
#: advice portals' short questions over an expert's answer (de_full89/95/109: 143-246).
#: The question's first characters looked for, its run of text nodes longer than a label,
#: and the run that makes a post.
QA_QUESTION_PREFIX_CHARS = 25
QA_POST_NODE_MIN_CHARS = 40
QA_POST_MIN_CHARS = 600

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
#: A section name is short ("Wirtschaft", "Geld / Recht", "Sparkassen-Spezial"): a longer
#: value is a description or a keyword list some sites put there (two of 74 real dev pages
#: with a section: 240 and 600 characters).
MAX_SECTION_CHARS = 50
META_TAGS = ("news_keywords", "keywords", "article:tag", "parsely-tags", "sailthru.tags")
META_SITE_NAME = ("og:site_name", "application-name", "publisher", "dc.publisher")
META_IMAGE = ("og:image", "og:image:url", "twitter:image", "twitter:image:src")
META_LANGUAGE = ("og:locale", "content-language", "language", "dc.language")

#: Separators between a headline and a site name in ``<title>`` and ``og:title`` ("--" is a
#: typewriter dash, listed before "-" so that the pair is taken whole).
#: A colon with a space before it ("Titel : Blogname") separates too; a colon right after a
#: word ("Rubrik: Titel") is part of the headline. Old portals' dotted colons (".:.", ":.:",
#: "::.") separate like "::" (session 33, de_full99); so do a doubled bar and an arrow, old
#: story and board software's ("Site || Story", Scoop; "Board -> Topic", Ikonboard; read on
#: ax and as).
TITLE_SEPARATORS = re.compile(
    r"\s+(?:\|\||\||->|=>|--|-|–|—|\.:\.|:\.:|::\.|\.::|::|:|»|«|›|‹|•|⋆|·|~|/)\s+"
)
#: "Blogname: Headline" (Blogger's ``<title>``): a colon right after the site's name, the
#: whole name (a key of the site: domain, ``og:site_name``, logo or home link), cuts it.
TITLE_SITE_COLON = re.compile(r"([^:|]{2,60}):\s+(?=\S)")
#: A rubric before a metadata title's headline ("Interview: …", "Ratgeber: …", at most
#: ``TITLE_RUBRIC_MAX_WORDS`` words before the colon): the rest is the headline where the
#: page shows it as a heading without the rubric
#: (:func:`~newsarchive.extract.titlesegments.rubric_rest`).
TITLE_RUBRIC = re.compile(r"([^:|]{2,40}):\s+(?=\S)")
TITLE_RUBRIC_MAX_WORDS = 3
#: So many ``<h1>``s are compared with the metadata titles' openings ("Blogname: Headline").
COLON_SITE_H1_MAX = 5
#: A heading's permalink mark after the headline's text (Jupyter's "anchor-link" and
#: Sphinx's "headerlink" "¶"; session 41, read on dates_bl): no part of the headline.
HEADLINE_ANCHOR_MARK = re.compile(r"\s*¶\s*$")
#: A separator left dangling at either end of a cut title.
TITLE_DANGLING = re.compile(
    r"^\s*(?:\|\||\||->|=>|-|–|—|\.:\.|:\.:|::\.|\.::|::|»|«|›|‹|•|⋆|·|~|/)\s*"
    r"|\s*(?:\|\||\||->|=>|-|–|—|\.:\.|:\.:|::\.|\.::|::|»|«|›|‹|•|⋆|·|~|/)\s*$"
    r"|^\s*:\s+|\s+:\s*$"
)
#: Share of a headline's words that must recur in a metadata title for the two to tell the
#: same story (then the visible headline wins).
TITLE_MIN_SIMILARITY = 0.6
#: A headline that is a metadata title behind at most this many words ("Headline:", "Bild der
#: Woche") reads as that title: the words are a label or kicker.
TITLE_MAX_LABEL_WORDS = 4
#: Small words a label before the headline may hold ("Einheit der Woche", "Bild des Tages");
#: another word in lower case makes the words before the metadata title a clause of the
#: headline ("Sparkasse X startet Finanzbildung …": session 49, read on de_full187).
TITLE_LABEL_SMALL_WORDS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "im", "am", "vom", "zum", "zur", "und", "of", "the"}
)
#: Such words set before the metadata title with a colon or a dash in the ``<h1>``'s own
#: text ("Raiffeisenbank Innviertel: Kundeneinlagen …", "Geldpost: …", "Nachlass online
#: regeln – …") are the headline's: the whole ``<h1>`` is the title (session 47, read on
#: de_full173; 15 read judges keep them, none drops them), unless they are a board's
#: subject label (:data:`~.data.SUBJECT_LABELS`, "Thema:") or name the field itself
#: (these, a template's "Headline: …").
TITLE_FIELD_LABELS = ("headline:", "überschrift:", "titel:", "title:")
#: A last title segment sharing this many leading letters (and more than half) with the
#: domain's name is the site's name, abbreviated or spelled out.
SITE_MIN_PREFIX = 6
#: A short heading among the body's first lines whose words overlap the title's this much
#: (shared words / all words) restates the headline (with a kicker, in other words) and
#: leaves the body; shorter headings stay.
HEADLINE_REPEAT_SIMILARITY = 0.65
HEADLINE_REPEAT_MIN_WORDS = 4
#: Words that mark a title segment as a site's tagline rather than the headline, also as a
#: compound's head ("Kevins Spacebook-Blog"); "blogs": a blog host's name over its members'
#: blogs ("Spacebook Blogs - Headline - Name's Spacebook-Blog", kind read in ad and dates_t).
SITE_WORDS = frozenset(
    {"online", "magazin", "blog", "blogs", "news", "nachrichten", "zeitung", "startseite", "archiv",
     "blog-archiv", "blogarchiv", "homepage", "website", "webseite", "portal"}
)  # fmt: skip

#: Headings that name a kind of page or a section, never an article ("Aktuelles",
#: "Unsere Produkte"): such an ``<h1>`` is passed over and the metadata title decides
#: (shop, service and listing pages); such a metadata title segment is a section, cut like
#: the site's name ("Titel - Presse - Bank"). Lower case, the whole heading.
GENERIC_HEADINGS = frozenset(
    {"aktuelles", "aktuelle meldungen", "aktuelle nachrichten", "neuigkeiten", "news", "blog",
     "willkommen", "herzlich willkommen", "startseite", "home", "produkte", "unsere produkte",
     "leistungen", "unsere leistungen", "angebote", "unsere angebote", "service", "shop",
     "presse", "pressemitteilungen", "pressemeldungen", "archiv", "blog-archiv", "beiträge",
     "artikel", "kategorie", "kategorien", "suche", "suchergebnisse", "menü", "navigation",
     "kontakt", "impressum", "datenschutz", "über uns", "termine", "veranstaltungen",
     "downloads", "magazin", "ratgeber", "lexikon", "glossar", "faq", "hilfe", "login",
     "anmelden", "warenkorb", "meldungen", "nachrichten", "themen", "kommentare", "meinung",
     "kolumne", "kolumnen", "letzte beiträge", "neueste beiträge", "beliebte beiträge",
     "beratung", "ankündigungen",
     # phpBB's page labels in its <title> ("Forum :: View topic - Subject", "Forum •
     # Thema anzeigen - Subject"; read on en_j)
     "view topic", "thema anzeigen", "view forum", "forum anzeigen",
     # a bank's or association's pages of notices and documents ("Kundeninformationen" over
     # the letter's own heading; read on blind de_full145, session 39)
     "kundeninformationen", "kundeninformation", "mitgliederinformationen", "mitteilungen",
     "informationen", "presseinformationen", "medieninformationen", "pressecenter",
     "newsroom", "bekanntmachungen", "rundschreiben",
     # one notice's kind over its own headline ("Pressemitteilung" as the <h1> and og:title
     # of a savings bank's release; read on de_full152, session 42)
     "pressemitteilung", "pressemeldung", "presseinformation", "medieninformation",
     "interviews",
     # a help centre's or a bank's questions page over its one question ("Häufige Fragen"
     # as the <h1>; read on de_full142, session 42)
     "häufige fragen", "häufig gestellte fragen", "fragen und antworten"}
)  # fmt: skip
#: Page kinds joined in one heading ("Kontakt & Beratung", "News und Termine").
GENERIC_HEADING_JOINER = re.compile(r"\s*(?:&|\+|/|,|\bund\b)\s*")
#: A ``<title>`` a document converter wrote (pdftohtml, pdf2htmlEX: the PDF's file name or
#: its authoring program's caption): "Microsoft Word - PM_2011_04_final.doc",
#: "Studie_SocialPayments_2020_Kurzfassung_v7", "Flyer.indd" (a user name, "ligakasse_tk",
#: "@xoxo_mira", is none). No headline: the page's own lines name it (read on de_full12,
#: dates_cb).
#: Generators of PDFs converted to HTML (``<meta name="generator">``, lower case).
PDF_CONVERTERS = ("pdftohtml", "pdf2htmlex")
#: The class of MediaWiki's span holding a page's own title in its ``<h1>`` (after the
#: namespace's span: :mod:`~newsarchive.extract.wikiheads`).
WIKI_TITLE_MAIN = "mw-page-title-main"
#: pdftohtml -c's first page ``<div id="page1-div">`` is looked for among this many of the
#: body's first children: its anchor ``<a name=1>`` stands before it, and the ``<br/>`` it
#: writes into its ``<head>`` moves that ``<br>`` and the ``<style>`` after it into the body.
CONVERTED_PAGE_CHILDREN = 5
#: A document viewer's text layer (pdf.js, flipbooks, document-sharing sites): its lines are
#: elements placed by an inline style that gives their font size, in pixels or as pdf.js
#: writes it, ``calc(var(--scale-factor)*20.00px)``.
INLINE_FONT_SIZE = re.compile(r"font-size:\s*(?:calc\(var\(--[\w-]+\)\s*\*\s*)?(\d+(?:\.\d+)?)px")
#: The largest font sizes of a converted page tried for its headline, largest first (a
#: masthead's single word or a label line is no headline: the next size is tried).
DOCUMENT_SIZES = 2
#: The placed, sized elements a text layer holds at least (a page's few styled spans are none).
TEXT_LAYER_MIN_LINES = 12
#: A placed, sized line of a text layer (selected before its style is read): its style or
#: its parent's places it by a ``top`` property (not a ``margin-top``, as an archive's
#: inlined styles have).
TEXT_LAYER_LINE = (
    "//body//*[@style][contains(@style, 'font-size')]"
    "[contains(concat(';', translate(@style, ' ', '')), ';top:')"
    " or contains(concat(';', translate(../@style, ' ', '')), ';top:')]"
)
#: A CSS rule giving a class its font size in pixels (the converters' ``.ft01{…}``).
CSS_CLASS_FONT_SIZE = re.compile(r"\.([\w-]+)\s*\{[^}]*?font-size:\s*(\d+(?:\.\d+)?)px")
DOCUMENT_FILE_TITLE = re.compile(
    r"(?:microsoft\s+(?:word|powerpoint|excel)\s+-\s+.*"
    r"|[\w.-]+_[\w.-]+_[\w.-]+|[\w.-]*_[\w.-]*(?:19|20)\d\d[\w.-]*"
    r"|.*\.(?:docx?|pdf|indd|odt|rtf|pptx?|qxd|pub))",
    re.IGNORECASE,
)
#: Markup that holds the visible headline: ``<h1>``s, then article ``<h2>``s built from a
#: kicker and a headline span (a common layout where the ``<h1>`` is a sticky nav bar).
#: (``<h1>``s, ``<h2>``s whose class or a descendant's contains this, and elements with
#: ``itemprop="headline"`` but ``<meta>``s, in document order.)
H1_CLASS_PART = "headline"
#: Other headings read as headlines when a metadata title repeats them word for word (the
#: first so many, outside navigation and footers).
#: (``<h2>``s and ``<h3>``s outside these.)
REPEATED_HEADING_OUTSIDE = frozenset({"nav", "footer"})
#: Where the metadata titles name only the page's kind or the site ("Aktuelles - Verein"),
#: the first ``<h2>``/``<h3>`` of a headline class (:data:`HEADLINE_CLASSES`) is the post's
#: headline, outside these ancestors (links, sidebars, navigation, footers) and outside
#: teasers and widgets (:func:`~newsarchive.extract.nodes.skipped_part`).
POST_HEADING_OUTSIDE = frozenset({"a", "aside", "nav", "footer"})
REPEATED_HEADING_MAX = 30
#: Classes of a headline's main part (the rest being the kicker).
HEADLINE_CLASSES = ("headline", "title")
#: An ``<h1>`` whose own or an ancestor's class holds this is a breadcrumb's last item, read
#: like one in a ``<nav>``: the headline only where a metadata title repeats it (themes that
#: print the article's title as the breadcrumb's ``<h1>``), else passed over.
BREADCRUMB_CLASS_PART = "breadcrumb"
#: Classes that mark an ``<h1>`` as the site's logo or a screen-reader label.
H1_EXCLUDE_CLASSES = (
    "site-title",
    "logo",
    "screen-reader",
    "breadcrumb",
    "sr-only",
    "visually-hidden",
)
#: Elements whose whole text may show a metadata title on a page without a headline
#: element: the title the page shows wins the vote of the metadata titles. A table cell
#: too: table layouts and portal scripts of the 2000s show the headline as a cell's whole
#: text (Mambo's ``<td class="contentheading">``). No ``<font>``: an old magazine's small
#: section label ("BANKEN" over the big-font headline) would show a section-only title.
SHOWN_TITLE_TAGS = (
    *("h1", "h2", "h3", "h4", "p", "div", "span", "strong", "b", "header"),
    *("td", "th"),
)
#: The table cells among those: one shows a title only where it is its row's only cell with
#: text (a properties table's "Name | Title" value cell is none), no element inside it shows
#: a title itself (a forum's ledger cell "Thema: <b>Headline</b>") and the titles name more
#: than the site and a section (a rubric cell "Börse kompakt" over the headline's cell under
#: "Bank | Börse kompakt"): see :func:`~newsarchive.extract.shown.shown_texts`.
SHOWN_CELL_TAGS = ("td", "th")
#: A block whose class or id is one of these words (a whole token) is the page's header as
#: a ``<header>`` is (pre-HTML5 templates: LiveJournal's ``<div class="header"><h1>Journal
#: name</h1>``, ``<div id="header">``): its ``<h1>`` names the site, not the story.
HEADER_BLOCK_NAMES = frozenset({"header"})
#: Classes that mark an ``<h1>`` inside a page ``<header>`` as the article's headline.
H1_ARTICLE_CLASSES = ("entry-title", "post-title", "article-title", "headline")
#: Elements nested in a headline that are not part of it (a byline or date inside the ``<h1>``,
#: a permalink's "¶" after it: Sphinx's and MkDocs' "headerlink").
HEADLINE_SKIP_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "time", "script", "style"})
HEADLINE_SKIP_CLASS = re.compile(r"author|byline|date|posted|headerlink", re.IGNORECASE)
#: A page archived by the Wayback Machine: the original address is the site's.
ARCHIVED_URL = re.compile(r"https?://web\.archive\.org/web/[^/]+/(https?://.+)")
#: A link on such a page, rewritten to the archive's replay address ("/web/20090305082212/
#: http://host/"): its target is the original address, the site's home page where that is
#: the host's root (see :func:`~newsarchive.extract.parsing.home_link`).
ARCHIVED_LINK = re.compile(r"(?:https?://web\.archive\.org)?/web/\d+[a-z_]*/(https?://.+)")
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
#: Class parts that hold a kicker's class word but mark a field's label display: Drupal's
#: title field "field--label-hidden" beside its "field--name-field-kicker" (session 59, read
#: on de_full235).
KICKER_NOT_CLASSES = ("label-hidden", "label-above", "label-inline", "label-visually")
#: A kicker that only names the item's format or access (a "Video" badge, "+++ Liveblog +++",
#: "Bildergalerie"), shown apart in the ``<h1>``: a label of the page, never part of the
#: headline, even where the metadata titles repeat it (broadcasters' and publishers' video
#: and gallery pages: "Video: Headline" in ``og:title`` over ``<span>Video</span> Headline``).
#: A kicker written into the heading's own text ("Liveblog: Headline") stays.
MEDIA_KICKER = re.compile(
    r"(?:video|audio|podcast|livestream|live-?blog|live-?ticker|live|bildergalerie"
    r"|fotostrecke|galerie|bilder|fotos|infografik)",
    re.IGNORECASE,
)
#: Elements whose text is the site's name (logo, home link): such title segments are cut.
#: (Links with ``href="/"`` or ``rel="home"`` and elements whose class contains one of these.)
SITE_NAME_CLASS_PARTS = ("site-title", "site-name", "logo", "brand")
#: Ancestors that mark an ``<h1>`` as a logo or navigation rather than the headline.
H1_EXCLUDE_ANCESTORS = frozenset({"header", "nav", "footer"})
#: The file name of a site's own picture that templates give every page as its image: the
#: logo, the favicon, a placeholder (10 of the 236 real dev pages with an image gave one:
#: "site-logo-og.png", "favicon-192.png", "no-img-fallback.jpg").
SITE_IMAGE_NAME = re.compile(
    r"logo|favicon|placeholder|no[-_]?img|default[-_]?image", re.IGNORECASE
)
