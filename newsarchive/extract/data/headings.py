"""Data for :mod:`newsarchive.extract.headings`: the headline of pages without an ``<h1>``
(old table layouts, framed sites, portal scripts) whose metadata title is the site's name,
a section's, or both around the headline."""

import re

#: A metadata title's part (a run of its separated segments at its start or end, "Site -
#: Section - Headline") that the page shows as an element's whole text is the headline when
#: the title itself is not shown: at least this many words (a section's one-word name shown
#: as a label is no headline).
TITLE_PART_MIN_WORDS = 2
#: A title or part "Kicker: Headline" ("Filialsterben: Wo die letzte Bank dicht macht", the
#: page showing the kicker and the headline apart) gives the rest after the colon as a part
#: too, when the kicker has at most this many words ("Geldwoche online", "Filialsterben"; as
#: many as a rubric, ``TITLE_RUBRIC_MAX_WORDS``: "Was die Bank jetzt plant: …" is a sentence).
TITLE_PART_RUBRIC_MAX_WORDS = 3
#: ... and the rest at least this many words ("Wirtschaft: Online-Banking" names a section
#: and a topic the page shows as its kicker, no headline).
TITLE_PART_RUBRIC_MIN_WORDS = 3
#: Where no metadata title (nor a part of one) is shown and each names at most
#: ``SITE_TITLE_MAX_WORDS`` words (the site's or a section's name: "Sparkasse Talheim",
#: "Kreisbote am Main"), the story's headline is the first element whose own class holds one
#: of ``HEADLINE_ELEMENT_CLASSES`` but none of ``HEADLINE_ELEMENT_NOT`` (subtitles, kickers,
#: side blocks, logos), or a ``<font>`` of one of ``HEADLINE_FONT_SIZES``, outside links,
#: navigation, sidebars and teasers, of ``HEADLINE_ELEMENT_MIN_WORDS`` words or more (old
#: table layouts, framed sites: ``<p class="titel">``, ``<font size="5">``).
SITE_TITLE_MAX_WORDS = 4
HEADLINE_ELEMENT_CLASSES = (
    "headline",
    "title",
    "titel",
    "ueberschrift",
    "überschrift",
    "schlagzeile",
)
HEADLINE_ELEMENT_NOT = ("sub", "unter", "block", "widget", "site", "logo", "kicker", "dachzeile")
#: Headings that are headline elements whatever their class (an ``<h2>``/``<h3>`` under a
#: page-kind ``<h1>``, "Pressemitteilungen", which is passed over).
HEADLINE_ELEMENT_TAGS = frozenset({"h2", "h3"})
HEADLINE_FONT_SIZES = frozenset({"5", "6", "7", "+2", "+3", "+4"})
#: ... and one step over the default 3 ("4", "+1") on pages without an ``<h1>``: the
#: headline of table pages whose <title> names the site, "<font size=4><b>Headline</b>
#: </font>" under a bold banner line; beside an ``<h1>`` such a font is the club's or
#: site's name over it (a newsletter's "<font size=4><b>Club e.V.</b></font>").
HEADLINE_FONT_SIZES_NO_H1 = frozenset({"4", "+1"})
HEADLINE_ELEMENT_MIN_WORDS = 3
#: Where the page's only ``<h1>`` is the whole of every metadata title (the blog's or club's
#: name), a post's heading after it counts only with at most so many characters of visible
#: text between them (a tagline, a menu, a date heading: see
#: :func:`~newsarchive.extract.siteheads.post_under_site_h1`).
SITE_H1_POST_GAP = 200
#: ... counted, where the page's visible text puts more between them, as the page's own
#: text only (:func:`~newsarchive.extract.pagegap.own_gap`): without sidebars, menus, side
#: columns and the text of these elements (a weblog's calendar and "Recent posts" links, a
#: portal's menu blocks between its banner and the entry).
OWN_GAP_SKIP_TAGS = frozenset({"a", "select", "button", "script", "style", "noscript"})
#: ... and only where that ``<h1>`` has no class but one naming a site or a banner and
#: stands outside the story's containers: the story's own ``<h1 class="s-title">`` or an
#: ``<h1>`` in ``<main>``/``<article>`` is its headline, whatever headings follow.
SITE_H1_CLASSES = ("site", "blog", "logo", "header", "banner")
SITE_H1_OUTSIDE = frozenset({"main", "article"})
#: The headings whose first one after that banner ``<h1>`` is the post's own: with "h1", a
#: later ``<h1>`` too (site builders' blog pages, RapidWeaver's ``<h1>`` banner in the page
#: header over the entry's ``<h1 class="blog-entry-title">``), the banner then being the
#: first of several ``<h1>``s.
SITE_H1_POST_TAGS = frozenset({"h1", "h2", "h3"})
#: ... and these elements when their class names a headline (``HEADLINE_ELEMENT_CLASSES``:
#: Roller's ``<p class="entryTitle">``, webSPELL's and other table portals' ``<td
#: class="title">``): the post's heading set apart by its class, not its tag.
SITE_H1_POST_CLASSED = frozenset({"p", "div", "td", "span"})
#: (the class looked up as written, in either case: "entryTitle", "title")
SITE_H1_POST_CLASS_PARTS = ("title", "Title", "titel", "Titel", "headline", "Headline")
#: The metadata title may add so many sections to the banner ``<h1>``'s text ("Institut für
#: Kreditwirtschaft - Arbeitspapiere", "Club - Berichte": a page kind or a menu link's
#: text, see :func:`~newsarchive.extract.shown.names_site`); 0: the title is the name alone.
SITE_H1_SECTION_SEGMENTS = 1
#: ... or a metadata title gives that ``<h1>``'s text inside it, neither at its start
#: ("Headline | Site") nor at its end ("Site: Headline"), a separator after it (this
#: pattern): "Netzwerk | Gruppe | Forum", "Willkommen bei Name - Aktuelles", the site's or
#: a board's name among others (:mod:`~newsarchive.extract.titleopening`).
SITE_H1_TITLE_AFTER = re.compile(r"\s*[|\-–—:»·•]\s")
#: Where every ``<h1>`` has at most ``KIND_H1_MAX_WORDS`` words and no metadata title gives
#: one whole, the ``<h1>`` names the page's kind, section or owner ("Newsroom", "Mediathek",
#: "Volksbank Oststadt eG"): a metadata title (or a part of one) the page shows as another
#: element's whole text, of ``KIND_H1_MIN_SHOWN_WORDS`` words or more, is the headline.
KIND_H1_MAX_WORDS = 3
KIND_H1_MIN_SHOWN_WORDS = 3
#: A headline element inside an element of one of these classes belongs to a dialog the
#: page opens (Bootstrap's ``<div class="modal"><h5 class="modal-title">``), not the story.
HEADLINE_ELEMENT_OUTSIDE = ("modal",)
#: Where no headline element is found either, the first block (``BOLD_HEADLINE_BLOCKS``)
#: whose whole text is one bold element (``BOLD_HEADLINE_TAGS``: ``<p><b><font size="4">
#: Headline</font></b></p>``), of ``HEADLINE_ELEMENT_MIN_WORDS`` words or more, outside
#: links and navigation, is the headline (hand-made pages titled "Presse", "Neue Seite 1");
#: never a line ``BOLD_HEADLINE_NOT`` matches (a byline, a credit ending in the writer's
#: name after "von" or "by": "Ein Beitrag von Anna Roth", a contact or a release
#: number, a list's numbered point "1. Freude", a teaser cut short "…", a masthead: the
#: site's name with its legal form "Verband Nord e.V."), a date line, a label ending in a
#: colon or a line opening with the site-only title (a banner "Site – Slogan").
#: ``BOLD_HEADLINE_WRAPPERS`` may hold the bold element alone
#: (``<font size="4"><b>…</b></font>``); the line is the block's whole text or a run
#: between ``<br>``s (``<br><b>Headline</b><br>``, "Headline<br>von …").
BOLD_HEADLINE_BLOCKS = ("p", "div", "td", "center")
BOLD_HEADLINE_TAGS = ("b", "strong")
BOLD_HEADLINE_WRAPPERS = frozenset({"font", "span"})
#: Block elements that end a bold line as a ``<br>`` does: a run of bold text between the
#: cell's date line and its first paragraph (``<font size=1>Meldung vom …</font><br><font
#: size=4><b>Headline</b></font><p>Lead…``, NetObjects Fusion, GoLive) is a line of its own.
BOLD_LINE_BLOCKS = frozenset(
    {"p", "div", "table", "ul", "ol", "dl", "blockquote", "hr", "center", "h2", "h3", "h4"}
)
#: The marks after the site's name that open its slogan in a banner line ("Site – Slogan",
#: "" for the name alone).
BANNER_MARKS = frozenset({"", "-", "–", "—", "|", ":", "·"})
#: The same after a site-only title at the start of a headline element (a classed one, a big
#: ``<font>``): no colon, which opens a rubric's headline ("Kommentar: Die Bank als
#: Chatroom" under the title "Site - Kommentar").
HEADLINE_BANNER_MARKS = BANNER_MARKS - {":"}
#: A line that recurs in the body's text names the site (its name again in the footer) only
#: under this many words; a headline of more recurs as its own entry in the section's list
#: beside it ("14.11.2002" | "Internet-Filiale: Jedes fünfte Girokonto …", an issue's
#: contents; session 53, read on dates_ep and dates_et).
BANNER_RECUR_MAX_WORDS = 6
#: A German legal form ending an organisation's name ("Verein e.V.", "Dorfladen eG",
#: "Kassomat Banksysteme GmbH"), case as written.
LEGAL_FORM = r"(?:e\.\s?V\.|eG|GmbH|AG|KGaA|mbH|e\.\s?G\.)"
#: (a masthead with a legal form, a list's numbered point, a teaser cut short: also a
#: ``<font>`` of ``HEADLINE_FONT_SIZES_NO_H1``'s line that is no headline)
HEADLINE_FONT_NOT = rf".*\s{LEGAL_FORM}$|\d{{1,2}}[.)]\s|.*(?:\.\.\.|…)$"
BOLD_LINE_OPENERS = (
    r"(?i)\W*(?:von|by|text|autor|autorin|foto|fotos|quelle|kontakt|ansprechpartner"
    r"|presse(?:information|mitteilung)|pressemeldung|verantwortlich|stand|datum)\b"
)
BOLD_HEADLINE_NOT = re.compile(
    rf"{BOLD_LINE_OPENERS}"
    r"|.*\b(?:von|by)\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}\W*$"
    rf"|{HEADLINE_FONT_NOT}"
)
#: A headline found that is an organisation's name, of at most ``ORG_NAME_MAX_WORDS`` words
#: ending in a legal form ("Mieterverein Porta und Umgebung e.V.", "Firmenprofil: Kassomat
#: Banksysteme GmbH" as an ``<h1>``, a big ``<font>`` or a header's ``<h2>``), names the site's
#: owner in its banner, not a story: the post's own heading after it is the headline
#: (:func:`~newsarchive.extract.orgheads.post_under_org_name`, within ``SITE_H1_POST_GAP``).
ORG_NAME = re.compile(rf".*\s{LEGAL_FORM}")
ORG_NAME_MAX_WORDS = 8
#: A headline found that is a person's site by its possessive name: a name (one to three
#: words) with a possessive ending ("Klaus Brandes'", "Rosie's", "Kevins") and then one to
#: five words, the first or the last of which is (or ends a compound in) a word naming a
#: personal site or corner (``POSSESSIVE_SITE_HEADS``: "Klaus Brandes' Börsenseiten",
#: "Melanie Brauer's Site", "Gerds Seite über Geld und Banken", "Kevins Bank-Azubi-Blog")
#: names the site, not a story: the post's own heading after it is the headline
#: (:func:`~newsarchive.extract.orgheads.post_under_org_name`). Without an apostrophe the
#: name must be capitalised and end in "s" (German "Gerds").
POSSESSIVE_SITE = re.compile(
    r"(?P<name>(?:[\w-]+\s+){0,2}[\w-]+(?:'s|s'|’s|s’|')|(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*s)"
    r"\s+(?P<rest>[\w-]+(?:\s+[\w-]+){0,4})"
)
POSSESSIVE_SITE_HEADS = (
    "seite", "seiten", "site", "page", "pages", "homepage", "blog", "weblog", "ecke", "corner",
    "tagebuch", "diary", "journal", "welt", "world", "place", "notizen", "notes", "stübchen",
)  # fmt: skip
#: ... and a personal site's word with a name after "von"/"from"/"of" ("Tagebuch von Maren
#: Kück", "Notes From Emeka"): the name one to three capitalised words, no article.
SITE_OF_NAME = re.compile(
    r"(?P<head>[\w-]+)\s+(?i:von|from|of)\s+"
    r"(?!(?i:der|die|das|dem|den|des|the|a|an|einer|einem|eines)\b)[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}"
)
#: A headline found that is one of the two segments of every metadata title, of at most
#: ``SECTION_TITLE_MAX_WORDS`` words, the other the site's name of at most
#: ``SITE_TITLE_MAX_WORDS`` ("Zeitung - Geld & Recht", "Aktionärsforum – Anzeiger"), names a
#: section, a board or a gallery: the post's own line after it is the headline, as above
#: (:func:`~newsarchive.extract.orgheads.post_under_org_name`).
SECTION_TITLE_MAX_WORDS = 2
#: A headline found that is the whole of every metadata title as the page gives it, of at
#: most ``SITE_TITLE_MAX_WORDS`` words, names the site when at least this many links (its
#: menu, a site builder's buttons) stand between its showing and the post's own line after
#: it: a banner over the menu ("Hebammenpraxis Talheim" over "Kurse", "Kontakt" and a news
#: block's heading), not a story's headline over its subheading; links to the page's own
#: parts (``href="#…"``, a contents list) are not counted
#: (:func:`~newsarchive.extract.orgheads.post_under_org_name`).
BANNER_MENU_MIN_LINKS = 2
#: ... a menu not needed where a link to the home page reads the name (the banner's
#: ``<h1><a href="/">Zinsblog</a></h1>``); a heading whose class or id holds one of these is
#: the banner's tagline, not the post's heading ("<h2 id="banner-description">").
BANNER_TAGLINE_MARKS = ("description", "slogan", "tagline")
#: ... and a headline found that is no such name stands over the post where a heading of
#: one of these tags naming a page kind stands between them: a board's, a course's or a
#: group's name over its news ("Finanzkurs (Frühjahr)" over "<h2>Ankündigungen</h2>" and the
#: post's "<h3>"; :func:`~newsarchive.extract.orgheads.post_under_org_name`).
BOARD_KIND_TAGS = frozenset({"h2", "h3", "h4"})
#: ... the post's heading there: an ``<h1>``-``<h3>``, one of these elements whose class
#: holds one of these parts (as written, in either case), or a bold whole line opening with
#: none of ``BOLD_LINE_OPENERS`` (a byline, a contact line) nor ``HEADLINE_FONT_NOT``'s (no
#: trailing "von …" byline test there: "Club trennt sich von seinen Bankaktien").
ORG_POST_CLASSED = frozenset({"p", "div", "td", "span", "b", "strong"})
ORG_POST_CLASS_PARTS = ("title", "Title", "titel", "Titel", "headline", "Headline", "subject")
#: A breadcrumb trail without a breadcrumb class ("Forum : Plauderecke : Headline",
#: "Übersicht » Bausparen » Headline"): two to ``TRAIL_MAX_LINKS`` links in one element (or
#: in the items of one list), nothing between them but one of ``TRAIL_SEPARATORS``, and the
#: page's own item after the last link and a separator, unlinked, of
#: ``HEADLINE_ELEMENT_MIN_WORDS`` words or more (:mod:`~newsarchive.extract.trails`). So many
#: links are looked at a page, so many characters a trail's element holds at most.
TRAIL_SEPARATORS = frozenset({":", "»", ">", "›", "/", "|", "→", "::"})
TRAIL_MAX_LINKS = 6
TRAIL_LINKS_SEEN = 400
TRAIL_MAX_CHARS = 300
#: A word of at least so many letters that the trail's item shares with a longer ``<h1>``
#: makes that ``<h1>`` the page's headline, the item its menu's label
#: (:func:`~newsarchive.extract.trails.headline_beside_trail`).
TRAIL_SHARED_WORD_MIN = 5
#: A banner image's ``alt`` names the site (for :func:`~newsarchive.extract.shown.banner_names`:
#: "<img src="bilder/logo.gif" alt="Betriebsgruppe …">" over a story titled "Site - Info
#: 3/98"): an image among the body's first ``BANNER_IMAGES_SEEN`` whose file name, own or an
#: ancestor's class or id holds a word opening with one of ``BANNER_IMAGE_WORDS`` (or the
#: word "head"), outside ``BANNER_IMAGE_OUTSIDE`` (an article's picture, whose ``alt`` may be
#: the headline), its ``alt`` of 2 to ``BANNER_ALT_MAX`` characters.
BANNER_IMAGES_SEEN = 10
BANNER_IMAGE_WORDS = ("logo", "banner", "kopf", "header", "masthead")
BANNER_IMAGE_OUTSIDE = frozenset({"article", "main"})
BANNER_ALT_MAX = 60
#: A headline found that is a short segment of a metadata title (at most
#: ``SITE_TITLE_MAX_WORDS`` words) names the site when the title's other side, of at least
#: ``SITE_SEGMENT_MIN_WORDS`` words, stands after it as an element's whole text
#: (:mod:`~newsarchive.extract.sitesegment`): "Headline - Site" (a title's separator before
#: the segment ending it, ``SITE_SEGMENT_BEFORE``), "Site: Headline" and "Portal: Site:
#: Headline" (a colon after the segment, ``SITE_SEGMENT_AFTER``: "Headline - Site" under
#: its headline is the title read the other way, the site's name shown after the story).
SITE_SEGMENT_MIN_WORDS = 3
#: ... shown by a heading or a bold element, or an element whose class holds one of
#: ``SITE_SEGMENT_CLASS_PARTS`` (a journal's "itemsubject", a board's "thema" cell).
SITE_SEGMENT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "b", "strong"})
SITE_SEGMENT_CLASS_PARTS = ("title", "titel", "headline", "subject", "thema")
#: The elements whose classes name the page's layout, not a part of it (old Reddit's
#: ``<body class="listing-page comments-page">``): never a skipped part around a headline.
PAGE_LAYOUT_TAGS = frozenset({"html", "body"})
SITE_SEGMENT_BEFORE = re.compile(r"(?:\s(?:\||-|–|—|::|:|»|«|›|‹|•|⋆|·|~|/)|:)\s+$")
SITE_SEGMENT_AFTER = re.compile(r"(?:\s+(?:\||-|–|—|::|»|«|›|‹|•|⋆|·|~|/)|\s*:)\s+(?=\S)")

#: A story's title after its topic's link and a colon ("<a>Member News</a> : Headline", the
#: news module of XOOPS, PostNuke, PHP-Nuke) that ends the ``<title>`` is the headline
#: (:mod:`~newsarchive.extract.topicheads`): the most ``<a>``s read, the title's least count
#: of words, and a title separator (:data:`~.data.TITLE_SEPARATORS`) ending the
#: ``<title>``'s part before it ("Site - Topic - ").
TOPIC_LINKS_MAX = 200
TOPIC_TITLE_MIN_WORDS = 2
TITLE_SEPARATOR_END = re.compile(r"\s(?:\||-|–|—|::|:|»|«|›|‹|•|⋆|·|~|/)\s+$")
#: An ``<h1>`` whose letters open a key of the site's host names the site
#: (:func:`~newsarchive.extract.sitesegment.host_name`): at least so many letters, an
#: article before them aside.
HOST_NAME_MIN_CHARS = 6
HOST_NAME_ARTICLES = frozenset({"der", "die", "das", "the"})
#: A section's ``<h1>`` over the article's marked headline has at most this many words
#: ("Presse & Medien", "Wirtschaftsnews aus dem Emmerheider Land";
#: :func:`~newsarchive.extract.markedhead.marked_headline_under`, session 58).
SECTION_H1_MAX_WORDS = 6
