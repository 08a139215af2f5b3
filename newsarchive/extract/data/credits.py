"""Data for how newsrooms credit their writers in byline text, beyond "Von" and the author
labels of :mod:`~newsarchive.extract.data.authors` (read by :mod:`~newsarchive.extract.bylines`),
and for credits that name no writer (an organisation beside a person in JSON-LD)."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: The author label in bylines, also gender-neutral and plural ("Autor", "Autorin", "Autor*in",
#: "Autor:in", "Autor_in", "Autoren", "Autorinnen", "Autor*innen"), with the plural or feminine
#: ending in brackets ("Autor(en):", "Autor(in):": a CMS field's label for one or more writers,
#: Drupal's ``field-label``), and the older "Verfasser(in)" of association and company pages
#: ("Verfasser:" in a table cell before the name). Kind read in half AB, judged on halves AC and AD.
#: The English "Author", "Authors", "Author(s)" too ("Authors: A, B" over a discussion paper,
#: ``<dt>Author</dt><dd>A</dd>`` on an adviser's site; kind read in en_i and en_h, ra35).
AUTHOR_LABEL_WORD = (
    # the paired plural ("Autorinnen und Autoren": a person-card field; session 35, de_full109)
    r"(?:autorinnen\s+und\s+autoren|autoren\s+und\s+autorinnen|"
    r"autor(?:innen|[*:_/]-?innen|in|[*:_/]-?in|en|\((?:en|in|innen)\))?|"
    r"verfasser(?:in|innen|/-?in|\((?:in|innen)\))?|author(?:s|\(s\))?|"
    # a research note's writers ("Analysten: Dr. A | B"; session 33, de_full98)
    r"analyst(?:en|in|innen|s)?)"
)
#: A genre word leading a byline ("Ein Kommentar von Anna Roth", "Eine Analyse von A und B", "Ein
#: Marktkommentar von …", "Faktencheck von …", "Eine Kolumne von …"): newsrooms name the piece's
#: form before its writer. The article may be missing; any word ending in "kommentar" counts
#: ("Marktkommentar", "Wochenkommentar"). Read only where the line is a byline (it opens the line
#: and the rest are names), so "Ein Test von Stiftung Warentest zeigt, …" stays body text.
GENRE_LEADS = (
    r"(?:ein(?:e|en)?\s+)?(?:[a-zäöüß-]*kommentar|analyse|essay|kolumne|glosse|reportage|"
    r"interview|test|faktencheck|porträt|portrait|rezension|kritik|leitartikel|recherche|"
    r"feature|hintergrund|meinung|erklärstück|einordnung)\s+von"
)
#: Any form word between the article and "von" opening a byline line ("Ein Tipp von Anna Roth,
#: Leiterin der Beratungsstelle", "Ein Video von A und B", "Ein Fachbeitrag von …", "Ein Standpunkt
#: von …"): the piece's form, whatever its word (:data:`GENRE_LEADS` lists the newsroom ones, with
#: the article optional), read in byline text (:data:`~.data.BYLINE_TEXT`) where the line opens with
#: it and the rest are names. Not a service's or a sponsor's credit ("Ein Angebot von …", "Ein
#: Projekt von …", "Ein Service von …"), nor a publication's credit on an aggregator ("Ein Artikel
#: von Lippstadt Kurier": the line's last word a newspaper's or portal's,
#: :data:`PUBLICATION_WORDS`). Kind read in halves BI, BJ, AZ, X and AK (issue 11).
PUBLICATION_WORDS = (
    r"(?:post|zeitung|kurier|anzeiger|bote|blatt|rundschau|nachrichten|magazin|online|news|"
    r"presse|echo|journal|tagblatt|tageblatt|express|allgemeine|morgen|abendblatt)"
)
FORM_LEADS = (
    # (an adjective before the form word, "Ein persönlicher Nachruf von A": session 58)
    r"ein(?:e|en)?\s+(?:[a-zäöüß]{3,20}(?:er|e|es|en)\s+)?"
    r"(?!(?:angebot|service|projekt|produkt|unternehmen|initiative|aktion|"
    r"partner|marke|tochter|dienst|programm|event)\s)[a-zäöüß-]{3,30}\s+von"
    rf"(?![^|]*?\s{PUBLICATION_WORDS}\s*$)"
)
#: Participles that credit who wrote, sent in or put together a post, before "von" ("Eingesendet von
#: Anna Roth am Mo, 14.05.2007 - 19:22", Drupal's German "Submitted by"; "Eingetragen von …" of club
#: and guestbook CMSs; "Zusammengestellt von A und B" over a chronicle's chapter or a link list;
#: "Notiert von …", "Aufgezeichnet von …", "Rezensiert von …" under a note, a minute or a review):
#: read like "Geschrieben von" in byline text (:data:`~.data.BYLINE_TEXT`). Words of writing and
#: sending only: "Präsentiert von", "Unterstützt von", "Fotografiert von" credit sponsors and
#: photographers. Kind read in halves BI, BE, BA, BD and DE_FULL31 (issue 11). A document host's
#: uploader and a question site's asker ("Uploaded by <a>A</a>", "Hochgeladen von …", "gefragt von
#: <a>A</a> (240 Punkte)", "Asked by …"), English "Submitted by": kind read in bv (issue 11, session
#: 16). A minute's writer ("Protokoll: A und B", "Für das Protokoll: A, Schriftführerin") and a
#: summary's ("Zusammengefasst von A", "Aufgeschrieben von A"): kind read in bg, bo, bj, bf, as and
#: ax (issue 11, session 17). uCoz's "Hinzugefügt von:" ("Added by:"; session 44).
SUBMITTED_LEADS = (
    r"(?:(?:eingesendet|eingesandt|eingereicht|eingetragen|zusammengestellt|notiert|"
    r"aufgezeichnet|protokolliert|rezensiert|hochgeladen|gefragt|zusammengefasst|"
    r"aufgeschrieben|hinzugefügt)\s+von|(?:uploaded|asked|submitted|added)\s+by|"
    r"(?:für\s+das\s+)?protokoll(?=\s*:))"
)
#: A page type's owner label before a person ("Sammlung von <a>A</a>" over a tour collection,
#: "Lens von <a>A</a>" on a lens page, "Tagebuch von …", "Kolumne von …", "Column by …",
#: "Kuratiert von …", "Scooped by …", "diarist: A"): community sites credit the one who made
#: the page with the page's kind, no "Ein"/"Eine" before it (:data:`FORM_LEADS` reads that
#: form). Read like "Geschrieben von" in byline text (:data:`~.data.BYLINE_TEXT`), before a
#: capitalised word only: a login ("Tagebuch von sparfuchs_anja") is no writer's name (the
#: profile's "Name: …" is). Kind from de_full53 (round ra46, issue 11). A petition's
#: "Petent: A aus Ort" / "Petent/in: A" (session 43, read on de_full29 and bc).
PAGE_TYPE_LEADS = (
    r"(?:(?:sammlung|lens|tagebuch|kolumne|liste|album|collection|column|diary|list|"
    r"kuratiert|curated|scooped)\s+(?:von|by)|"
    r"(?:diarist|kurator(?:in)?|curator|petent(?:in|/-?in)?)(?=\s*:))"
)
#: What follows a :data:`PAGE_TYPE_LEADS` label in byline text: a capitalised word.
PAGE_TYPE_NAME_AHEAD = r"(?=\s*:?\s*(?-i:[A-ZÄÖÜ])[^\W\d_]*(?:\s|$))"
#: A newsroom's staff lead ("Von unserem Mitarbeiter Gerd Roth", "Von unserer Redakteurin …",
#: "Von unseren Korrespondenten A und B"): local and regional papers name the writer's
#: relation to the paper before the name; after "von" whatever its word ("Von unserem
#: Redaktionsmitglied A", "Ein Beitrag von unserer Auszubildenden A", "Verfasst von unserem
#: Filialleiter A", "Ein Bericht unserer Schriftführerin A": the form's words too, session 66;
#: "Von unserer Redaktion" names nobody; not "Unsere Abgeordneten" over a list; session 31).
#: Read before the bare "Von", which would keep the role words in the name. Correspondents
#: are also credited by where they report from ("Aus Wien berichtet Anna Roth", "Aus New
#: York berichten A und B") or as the paper's own ("Unsere Korrespondentin Anna Roth,
#: Warschau"), the whole lead before the name; read at a byline's start only
#: (:data:`~.data.BYLINE_TEXT`). Kind read in half N, judged on half Y.
STAFF_LEADS = (
    r"(?:von\s+)?unser(?:em|er|en|e)?\s+(?:[a-zäöüß-]*?)(?:mitarbeiter(?:in|innen)?|"
    r"redakteur(?:in|innen|en)?|korrespondent(?:in|innen|en)?|reporter(?:in|innen)?|"
    r"volontär(?:in|innen|en)?|autor(?:in|innen|en)?)|(?:(?:verfasst|geschrieben)\s+)?von\s+"
    r"unser(?:em|er|en|e)?\s+[a-zäöüß-]{3,}|(?:ein\s+)?(?:bericht|beitrag)\s+(?:von\s+)?unser(?:em"
    r"|er|es)\s+[a-zäöüß-]{3,}"
    r"|aus\s+(?:[\w.-]+\s+){1,3}?berichte[tn]"
)

#: JSON-LD types of an ``author`` entry that is an organisation, not a person (lower
#: case): beside a ``Person`` entry it is the site, broadcaster or company that published
#: the article, no author, unless the page shows it as a byline node of its own near the
#: headline ("Von t-online, jse"; looked for in :data:`ORG_BYLINE_NODES` text nodes).
ORGANIZATION_TYPES = frozenset(
    {
        "organization",
        "newsmediaorganization",
        "corporation",
        "localbusiness",
        "financialservice",
        "bankorcreditunion",
        "insuranceagency",
        "educationalorganization",
        "governmentorganization",
        "ngo",
        "onlinebusiness",
        "brand",
    }
)
ORG_BYLINE_NODES = 40

#: :data:`~.data.SHOWN_FULL_NAME` read at every capitalised word, overlapping: "Ereignisse
#: Nils Brackmann" (a menu's last word before a profile's name) holds "Nils Brackmann".
SHOWN_NAME_OVERLAPPING = re.compile(
    rf"(?<![\w-])(?=({NAME_CAPITAL}{NAME_LOWER}+)\s+({NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?)(?![\w-]))"
)

#: Newsroom roles and desks after a name and a comma, also as the end of a compound
#: ("Lisbeth Andresen, Studio Auenberg", "…, ARD-Hauptstadtstudio", "…,
#: Wirtschaftskorrespondentin in Frankfurt", "…, Chefvolkswirtin", "…, Börsenanalyst"): a
#: byline part whose first word ends in one of these is dropped when a name stands before
#: it, like :data:`~.authors.ROLE_ENDINGS` (lower case).
NEWSROOM_ROLE_ENDINGS = (
    "studio", "korrespondent", "korrespondentin", "volkswirt", "volkswirtin", "analyst",
    "analystin", "experte", "expertin", "kolumnist", "kolumnistin", "moderator",
    "moderatorin", "reporter", "reporterin", "redaktion",
)  # fmt: skip

#: A guest's byline near the headline ("ein Gastbeitrag von Ingrid Sommerkamp, 22.02.2026",
#: "Gastkommentar von Jan Roth"): a text node of its own, opening with the guest word, of
#: at most :data:`~.data.GUEST_LEAD_MAX_CHARS` characters, in the first
#: :data:`~.data.BYLINE_PARAGRAPH_NODES` after the headline. The guest is the (only) author,
#: not the site owner the metadata names (a personal site's ``meta author``). Kind read in
#: half O, judged on half P. A longer node whose first sentence is the byline ("Ein
#: Gastbeitrag von Dr. Ilka Roth. Sie forscht …": a callout box) counts where that sentence
#: ends by the limit; academic titles are kept (``titled``; session 33, de_full96); so does
#: one whose name a comma ends ("…, Professorin für …"), and the English forms ("This is a
#: guest essay by Dr. Hannah Lim, a senior lecturer …": a callout under a team account; read
#: on blind en_ar, session 34). The callout may say it in a sentence of its own ("Dies ist
#: ein Gastbeitrag von Elif Demir. Sie leitet …", "Dieser Beitrag ist ein Gastbeitrag von
#: A."; read on blind de_full146, session 39). A newsletter's "Guest post by A" needs no article
#: (session 40, read on blind en_az). A contribution's byline near the headline ("Ein
#: Beitrag von Sven Otter, Berater bei …", "Ein Artikel von …", one name) names its writer
#: too, over the blog account that posted it (session 47, read on de_full174 and
#: de_full154), where no byline is shown above it (then it credits the text closing it:
#: "Von Marco Bellini" stays); not a publication's credit (its last word one of
#: :data:`PUBLICATION_WORDS`). An editor's note may open it ("Editor's note: This is a guest
#: post from A, VP of Marketing at …"; session 53, read on en_by and en_ca: HubSpot blogs).
GUEST_BYLINE = re.compile(
    r"(?i:(?:(?:dies(?:er\s+(?:beitrag|artikel|text))?\s+ist\s+)?ein(?:e|en)?\s+)?"
    r"gast(?:beitrag|artikel|kommentar|autor(?:in)?)\s*(?:von\s+|:\s*)|"
    r"(?P<contribution>ein(?:en)?\s+(?:beitrag|artikel|text)\s+von\s+)|"
    r"(?:(?:editor'?s\s+note\s*:\s*)?(?:this\s+is\s+)?an?\s+)?"
    r"guest\s+(?:post|essay|column|article|piece|blog\s+post)\s+(?:by|from)\s+)"
    # (an office before the academic title: "von Staatssekretärin Dr. A"; session 49)
    rf"(?:{NAME_CAPITAL}{NAME_LOWER}+\s+(?=(?:Dr|Prof)\.))?"
    r"(?P<titled>(?:(?:Dr|Prof)\.\s+)*"
    rf"(?P<name>{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}}))"
    r"\s*(?P<end>[,.;:(|·]|$)"
)
#: A credit line closing a report ("Bericht: Erwin Tölke, Fotos: Werner Dallmeyer", "Text:
#: Anna Roth · Bilder: Jan Ulm", "Autorin: Eva Bott"): a label of the writer, the names, then
#: other credits (photos, pictures, graphics: their makers are no authors). A text node of
#: its own after the headline, read where no byline names a person (a club's or parish's
#: report posted by its webmaster's login). Kind read in half O, judged on half P. Also
#: "Interview:" as the writer's label and "Illustration:" as another credit, read where the
#: byline names only a CMS account ("Text: A und B · Illustration: C"; kind read in half Q,
#: rejected on half R, kept when re-judged on halves AI and AJ). A video report's crew after
#: the names ("Bericht: A, B · Kamera: C", "Text: A | Schnitt: B": the camera operator and the
#: editor are no authors; kind read in half CF, here and in :data:`LABELLED_CREDIT`). A
#: radio's "Reporterin: A" under the report (session 33, de_full97). A broadcaster's
#: "Beitrag: A | Kamera & Schnitt: B" (two crafts joined; session 36, de_full125).
_CRAFT = r"(?i:fotos?|bild(?:er)?|grafik(?:en)?|video|illustrations?(?:en)?|kamera|schnitt)"
CLOSING_CREDIT = re.compile(
    r"(?i:bericht|beitrag|text|autor(?:in)?|reporter(?:in)?|interview|"
    r"text\s*(?:und|&)\s*(?:fotos?|bild(?:er)?))\s*:\s*"
    r"(?P<names>[^:|·•;]{3,80}?)"
    rf"\s*(?:[,·|•;]\s*{_CRAFT}(?:\s*(?:&|und)\s*{_CRAFT})?\s*:\s*[^:]{{3,80}})?\.?"
)

#: The part of a byline panel that is the name, beside a role or an organisation in other
#: child elements (microformats hCard: ``fn`` beside ``title`` and ``org``; a class word
#: ending in "name", "author-card__name"; ``itemprop="name"``; a link to the author's page,
#: :data:`~.authors.AUTHOR_LINK_PATHS`, beside a role span): read alone where the panel marks
#: exactly one. Kind read in halves R, K, J (the name and "Chefreporter", "Vorständin",
#: "Product Manager" run together or read as more authors).
NAME_PART_CLASS_WORDS = frozenset({"fn"})
NAME_PART_CLASS_ENDING = "name"

#: A byline part after a name that ends in a job title ("Product Manager", "finanzpolitische
#: Sprecherin", "Senior Analyst"): its last word, lower case, is one of these. (Whole words
#: only: a surname that merely ends so, "Schleiter", is a name.) Kind read in half J, rejected
#: there; ported again for half AD's "Autorin: A, Referat …" (issue 11).
ROLE_LAST_WORDS = frozenset(
    {"manager", "managerin", "sprecher", "sprecherin", "leiter", "leiterin", "berater",
     "beraterin", "referent", "referentin", "vorsitzender", "vorsitzende", "analyst",
     "analystin", "director", "officer", "consultant", "specialist", "redakteur",
     "redakteurin", "geschäftsführer", "geschäftsführerin", "journalist", "journalistin",
     # English job titles after "By A," ("Social Media Care Lead", "Senior Editor"; en_m)
     "lead", "editor", "writer", "reporter", "correspondent", "columnist", "contributor",
     # a consultancy's ranks ("Managing Partner", "Senior Partnerin"; session 35, de_full109)
     "partner", "partnerin",
     # a bank's research ("Chief Economist", "Senior Economist", "Chefvolkswirtin" aside:
     # "Leitender Volkswirt", "Market Strategist"; session 36, en_au)
     "economist", "strategist", "volkswirt", "volkswirtin", "ökonom", "ökonomin", "stratege",
     "strategin",
     # a think tank's ranks ("Nonresident Fellow", "Senior Fellow"; session 40, en_az)
     "fellow",
     # an executive's rank ("Group Chief Executive"; session 44, en_aq)
     "executive"}
)  # fmt: skip
#: A byline part after a name that names an organisational unit ("Forschungsbereich
#: Bankenregulierung", "Abteilung Kommunikation", "Referat Verbraucherschutz", "Pressestelle"):
#: its first word, lower case, ends in one of these. Also the writer's office or bank
#: ("Beratungsstelle Troisdorf", "Sparkasse Werlingen", "Volksbank Aue": a blog's or a
#: tip's "von Anna Roth, Sparkasse …"; kind read in halves BQ, BI and BK, issue 11).
ORG_UNIT_FIRST_ENDINGS = ("bereich", "abteilung", "referat", "stelle", "sparkasse", "bank")
#: ... or its last word ends in one of these ("Investor Relations", "Unternehmenskommunikation").
ORG_UNIT_LAST_ENDINGS = ("relations", "kommunikation", "communications")
#: A byline text naming the found authors and more is looked for in this many text nodes
#: from a few before the headline on (themes and CMSs that credit only the first writer in
#: JSON-LD or their "Geschrieben von" field, the post's byline naming both). Kind read in
#: halves U and AO.
FULLER_BYLINE_NODES = 60
#: A word of capitals only (two or more: "MHF", "SWR"): a desk's or broadcaster's name beside
#: a writer ("Von Anna Roth, MHF Wirtschaft"), no part of a person's name in a byline.
ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,}")

#: A role before a name ("Energieberaterin Frauke Ohm", "Gemeindereferentin Martina
#: Vosskuhl", "Verbandspräsidentin Ursula Brenninger", "Kassenwartin Gisela Marquardt",
#: "Obermeister Reinhard Tölle"): a byline's first word that is one of these or ends in one
#: is dropped when a name of two words or more follows (lower case; kind read in halves AL,
#: K, Q, R, X and Y, issue 11). The words of :data:`LEADING_ROLE_COMPOUND_ENDINGS` and
#: :data:`~.authors.ROLE_ENDINGS` only as a compound's end: alone they are surnames too
#: ("Meister", "Leiter", "Berater").
LEADING_ROLE_ENDINGS = (
    "präsident", "präsidentin", "minister", "ministerin",
    "kassenwart", "kassenwartin", "pressewart", "pressewartin", "jugendwart", "jugendwartin",
    "sportwart", "sportwartin", "schriftwart", "schriftwartin",
    # a profession or a club office before the name ("Apothekerin Katharina Seebeck",
    # "Eure Literatin Monika Kürten"; de_full46, bh, ra35)
    "apotheker", "apothekerin", "literat", "literatin",
    # a parish's clergy ("Pfarrerin Dorothee Albers" signing the parish letter; de_full95)
    "pfarrer", "pfarrerin", "pastor", "pastorin", "diakon", "diakonin", "dekan", "dekanin",
    # a local seat ("Stadträtin Lea Brunnmeier" on a party's motion; session 64, de_full641)
    "stadtrat", "stadträtin", "gemeinderat", "gemeinderätin", "kreisrat", "kreisrätin", "ortsrat",
    "ortsrätin", "ortschaftsrat", "ortschaftsrätin", "bezirksrat", "bezirksrätin", "ratsherr",
    "ratsfrau", "ortsvorsteher", "ortsvorsteherin", "stadtverordneter", "stadtverordnete",
)  # fmt: skip
#: (also a degree's compound: "Diplom-Kaufmann A", "Bankkauffrau A", "Fachärztin A")
LEADING_ROLE_COMPOUND_ENDINGS = (
    "meister", "meisterin", "kaufmann", "kauffrau", "ärztin", "arzt", "ingenieur", "ingenieurin",
    "ökonom", "ökonomin", "jurist", "juristin", "betriebswirt", "betriebswirtin",
)  # fmt: skip

#: A post head's name alone in its own element, then its date (separate nodes: "Ole Roth"
#: "•" "22.8.2022"; :mod:`~newsarchive.extract.namedate`): the headline (the node showing
#: the chosen title) looked for in the first :data:`HEAD_TITLE_NODES` byline nodes; the
#: name at most :data:`HEAD_NAME_NODES` nodes after it, with only short nodes between (no
#: paragraph of the text yet: none of :data:`HEAD_TEXT_WORDS` words or more); the date
#: (in a form of :mod:`~newsarchive.extract.data.dates`) opening one of the next nodes
#: after at most :data:`HEAD_DATE_GAP` nodes between of :data:`HEAD_DATE_BETWEEN` (a
#: separator, a small number, a member level or role of at most 60 characters without
#: digits). Kind read in halves DE_FULL29, BP and BJ (issue 11).
HEAD_TITLE_NODES = 40
HEAD_NAME_NODES = 5
HEAD_TEXT_WORDS = 12
HEAD_DATE_GAP = 2
HEAD_DATE_BETWEEN = re.compile(r"[·•|–-]|\d{1,2}|[^\d|·•]{3,60}")
#: The same post head with the date first, its own node, and the names after it in the next
#: node after a separator ("03.11.2026" "· Heiko Roth", "1. März 2022" "· Mira Okafor, Tobias
#: Wrede") or in the node after a separator node: the date alone, perhaps with its time, in a
#: form of :mod:`~newsarchive.extract.data.dates`; :data:`HEAD_NAMES_AFTER_DATE`,
#: :data:`HEAD_SEPARATOR`; the words after a
#: date that tell the post's state or kind, not its writer ("· Öffentlicher Beitrag", "·
#: Aktualisiert", "· 3 Min. Lesezeit"), are no names (:data:`HEAD_NOT_NAMES`). Kind read in
#: halves DE_FULL2, BB and BS (issue 11).
HEAD_SEPARATOR = re.compile(r"[·•|–-]")
#: A post head's count between the date and the names (Hugo PaperMod's "26. Januar 2025 ·
#: 7 Min. · 1234 Wörter · Marta Wendt"): a reading time or a word count (session 33,
#: de_full96).
HEAD_COUNT_PART = r"\d+\s*(?:min(?:\.|uten?|utes?)?|wörter|words)\.?"
HEAD_NAMES_AFTER_DATE = re.compile(
    rf"(?:{HEAD_SEPARATOR.pattern}\s*{HEAD_COUNT_PART}\s*)*"
    rf"{HEAD_SEPARATOR.pattern}\s*(?P<names>[^·•|]+?)\s*",
    re.IGNORECASE,
)
HEAD_NOT_NAMES = re.compile(
    r"beitrag|artikel|öffentlich|privat|kommentar|lesezeit|aktualisiert|mitglied|news|blog|"
    r"ressort|rubrik|kategorie",  # a section after the date ("· Ressort Konto")
    re.IGNORECASE,
)
#: A member card's name: a full name alone in its node, the next node the member's status
#: on the site ("Mitglied", ", Mitglied seit 1999", "Level 2", "52 Beiträge · 11 Fans",
#: "Beiträge: 41", "Moderator", "Top-Beitragender"): the opening post's, question's or
#: review's writer on a forum, an answers site or a review portal, read in the first
#: :data:`MEMBER_CARD_NODES` byline nodes where nothing else names anyone but the site
#: (:func:`~newsarchive.extract.namedate.member_card`). Kind read in halves BT, BU, AH, BC,
#: BD and AV (issue 11); a fediverse handle read in de_full57, kept on late de_full60 (session 23).
MEMBER_STATUS = re.compile(
    r"[,·]?\s*(?i:(?:neues\s+)?mitglied(?:\s+seit\s+\d{4})?|level\s+\d{1,2}|"
    r"\d[\d.]*\s+beiträge(?:\s*·\s*\d[\d.]*\s+\w+)*|beiträge:\s*\d[\d.]*|moderator(?:in)?|"
    r"top-beitragende[rn]?|"
    # the English ranks of forum software a German forum keeps ("Member", "Junior Member";
    # session 43, read on de_full56; not "Posts: 669", under a rank such as "Board Staff")
    r"(?:junior\s+|senior\s+|full\s+|new\s+)?member)"
    # a fediverse account's full handle under its display name (Mastodon, Akkoma, Pleroma,
    # Misskey, GoToSocial status heads: "Lena Roth" over "@lena@social.example")
    r"|@[\w.-]{1,40}@[\w-]+(?:\.[\w-]+)+"
)
MEMBER_CARD_NODES = 60
#: A podcast episode's credit line under its show notes ("Moderation: A und B", "Host: A ·
#: Gast: B", "Shownotes: A", "Moderation und Redaktion: A"): the host or the notes' writer
#: is the episode page's author, a guest is not; read like :data:`CLOSING_CREDIT`. Kind read
#: in halves BT, U, J, AX (issue 11). The hosts line "Mit A und B" (two names joined) or "Mit:
#: A" reads the same (kind read in BA, BY, ``de_full20``); "Mit Apple Pay" (no colon, one
#: "name") is a button, no credit.
PODCAST_CREDIT = re.compile(
    r"(?:(?i:shownotes|moderation(?:\s+und\s+redaktion)?|host|mit)\s*:\s*"
    r"|(?i:mit)\s+(?=[^:|·•;]{3,80}?\s(?:und|&)\s))(?P<names>[^:|·•;]{3,80}?)"
    r"(?:\s*[·|•;,]\s*(?i:(?:zu\s+)?gast|gäste|schnitt|produktion|redaktion)\s*:\s*[^:]{3,80})?\.?"
)
#: A closing bio of the text's writer (:mod:`~newsarchive.extract.authorbio`): the last
#: paragraphs looked at, the academic titles that may stand before the credited name, and
#: the verb right after the name ("A ist …", "A schreibt …", "A is a …").
AUTHOR_BIO_LAST = 2
#: Words of a firm's name ("Harbor Federal Savings is a community lender …", "Kestrel
#: Mutual Bank is …"): a press release credits its issuer, whose "About" blurb the writers
#: disagree on (left as it was).
AUTHOR_BIO_NOT_NAMES = re.compile(
    r"bank|kasse|versicher|verband|verein|gmbh|\bag\b|agentur|team|redaktion|verlag|"
    r"savings|mutual|credit\s+union|\bplc\b|\binc\b|\bltd\b|\bllc\b|group|holding|capital|"
    r"partners|society|fund",
    re.IGNORECASE,
)
AUTHOR_BIO_TITLES = re.compile(r"(?:(?:Prof|Dr|Mag|Dipl\.-\w+)\.\s+)+")
AUTHOR_BIO_VERB = re.compile(
    r"\s+(?:ist|war|schreibt|arbeitet|lebt|leitet|berät|forscht|lehrt|is|was|writes|covers|"
    r"has\s+been)\b"
)
#: A name card near the headline: a full name alone, the writer's role in the next node
#: (:mod:`~newsarchive.extract.namecard`), read in the first :data:`NAME_CARD_NODES` byline
#: nodes where nothing else names anyone but the site; a role line of at most
#: :data:`NAME_CARD_ROLE_MAX_CHARS`, its part a role or opening with one of these words (an
#: owner, a team: "Inhaber", "Team Paylinde"). Kind read in bv, de_full21, de_full30, en_h.
NAME_CARD_NODES = 40
NAME_CARD_ROLE_MAX_CHARS = 60
#: The text nodes after a contact label ("Pressekontakt", "Media enquiries":
#: :data:`~.bodylines.CONTACT_BLOCK`, outside the menus) whose name cards are the press
#: officers to call, not writers ("Dominic Ashby" / "Head of Media Relations" / a phone /
#: "Clara Nguyen-Reid" / "Investor Relations"; session 45, read on de_full167 and en_bf).
NAME_CARD_CONTACT_NODES = 12
NAME_CARD_ROLE_WORDS = frozenset(
    {"inhaber", "inhaberin", "team", "gründer", "gründerin", "founder", "co-founder", "owner"}
)
#: A report's credit line in more of the forms clubs, agencies and magazines print than
#: :data:`CLOSING_CREDIT`: a writer's label of the club's office or the editing
#: ("Berichterstatter: A", "Pressewart: A und B", "Bearbeitung: A und B", "Redaktion: A",
#: "Texte: A und B"), the text joined to another craft in either order ("Fotos und Text:
#: A", "Foto/Text: A", "Moderation und Text: A", "Beschreibung und Fotos: A und B"), the
#: writer's one-word office after the names ("Bericht: Tim Lorenz, Kassenwart":
#: :data:`CREDIT_ROLE_TAIL`) and the other credits after a full stop too ("Redaktion: A.
#: Gestaltung: Studio Marschblau.").
#: Read by :mod:`~newsarchive.extract.creditlabels` where nobody else is credited; kinds read
#: in ao, bf, bg, bh, by, bz (issue 11; each alone measured read-sets-only in sessions 16-17).
LABELLED_CREDIT = re.compile(
    r"(?i:texte?|bericht|berichterstatter(?:in)?|pressewart(?:in)?|bearbeitung|redaktion"
    r"|(?:fotos?|bilder|recherche|moderation|beschreibung)\s*(?:und|&|/)\s*(?:texte?|fotos?)"
    r"|texte?\s*(?:und|&|/)\s*(?:fotos?|bilder|recherche))\s*:\s*"
    r"(?P<names>[^:|·•;.]{3,80}?)"
    r"\s*(?:[,·|•;.]\s*(?i:fotos?|bild(?:er)?|grafik(?:en)?|gestaltung|layout|video|schnitt"
    r"|illustrations?(?:en)?|kamera)\s*:\s*[^:]{3,80})?\.?"
)
#: The writer's office closing a credit line's names: one capitalised word after the last
#: comma ("Tim Lorenz, Kassenwart", "Gudrun Seybold, Pressereferentin").
CREDIT_ROLE_TAIL = re.compile(rf",\s*{NAME_CAPITAL}{NAME_LOWER}+\s*$")
