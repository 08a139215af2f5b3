"""Data for where a post names its author outside its byline: a signature closing the
text ("Viele Grüße, Anna", "Herzliche Grüße, Ihre Claudia Brandes") and an author box
("Über die Autorin") (:mod:`newsarchive.extract.names`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.authors import BYLINE_NAME
from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: A greeting that closes a blog post before its author's name ("Viele Grüße", "Eure",
#: "Herzlichst", "Bis nächste Woche"; not the formal "Ihre", which signs for companies: "Ihre
#: Sparkasse").
SIGNATURE_GREETING = re.compile(
    r"(?i:(?:viele|liebe|herzliche|beste|schöne|sonnige|sportliche)\s+gr(?:ü|ue)(?:ß|ss)e"
    # "Viele Grüße aus der Werkstatt", "Liebe Grüße aus Celle," (ra36)
    r"(?:\s+(?:aus|vom)(?:\s+(?:der|dem))?\s+[A-ZÄÖÜ][\w-]+)?|"
    r"(?:mit\s+)?(?:freundlichen|herzlichen|besten|lieben|sonnigen)\s+gr(?:ü|ue)(?:ß|ss)en|"
    r"gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|lg|vg|euer|eure|dein|deine|bis\s+bald|cheers|"
    # a columnist's or a newsletter's sign-off (issue 11, half BA's kind, also Z and I)
    r"herzlichst|bis\s+(?:nächste|zur\s+nächsten)\s+woche|bis\s+zum\s+nächsten\s+mal|"
    # "Alles Liebe" / "Anna" (a greeting's two capitalised words, no name; session 39)
    r"alles\s+liebe|alles\s+gute)[,!.]?"
)
#: A post's last line signed by its author after a greeting ("Viele Grüße, Anna Müller",
#: "Eure Anna"); the name's words capitalised (case-sensitive). A name alone or after a
#: dash is no signature: German nouns are capitalised too ("– Eigene Recherche").
SIGNATURE = re.compile(
    rf"(?:{SIGNATURE_GREETING.pattern}\s*){{1,2}}"
    r"(?!Ihre?\b)"  # the formal "Ihre Anna Roth" is FORMAL_SIGNATURE's ("Ihre" alone too)
    rf"(?P<name>{NAME_CAPITAL}{NAME_LOWER}+"
    rf"(?:[- ](?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+){{0,2}})"
    r"\s*[.!]?"
)
#: An academic title before a formal signature's name, kept with it ("Ihre Dr. Claudia
#: Wehrmann"; session 41).
_TITLE = r"(?:(?:Prof\.\s+)?Dr\.\s+(?:med\.\s+)?|Prof\.\s+)?"
#: A formal signature: a greeting, then "Ihre"/"Ihr" and a full name of two or three
#: words ("Herzliche Grüße, Ihre Claudia Brandes"); the formal word alone signs for
#: companies too ("Ihre Sparkasse Talheim"), so the greeting before it is required and the
#: name must be none of :data:`FORMAL_SIGNATURE_NOT_NAMES`.
FORMAL_SIGNATURE = re.compile(
    rf"(?:{SIGNATURE_GREETING.pattern}\s*){{1,2}}(?:Ihre?|ihre?)\s+"
    rf"(?P<name>{_TITLE}{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}})"
    r"\s*[.!]?"
)
#: A formal signature on a line of its own with no greeting ("Ihr Matthias Kessler" after
#: "Sprechen Sie uns gerne an."): the line before must end a sentence, and it must stand
#: in the post's last :data:`CLOSING_SIGNATURE_LINES` lines, only short lines (a contact
#: box's heading, office hours: under :data:`CLOSING_SIGNATURE_AFTER_WORDS` words) after it.
CLOSING_SIGNATURE = re.compile(
    r"(?:Ihre?)\s+"
    rf"(?P<name>{_TITLE}{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}})"
    r"\s*[.!]?"
)
CLOSING_SIGNATURE_LINES = 3
CLOSING_SIGNATURE_AFTER_WORDS = 8
#: Words of a formal signature's "name" that make it an organisation ("Ihre Sparkasse
#: Talheim", "Ihr Praxisteam Dr. Roth", "Ihre Stadtwerke Lindtal").
FORMAL_SIGNATURE_NOT_NAMES = re.compile(
    r"bank|kasse|versicher|verband|verein|gmbh|kanzlei|praxis|agentur|apotheke|stadtwerke|"
    r"gemeinde|stadt|team|redaktion|verlag|presse|vorstand|büro|service|filiale|kunden",
    re.IGNORECASE,
)
#: A post's last line that is a full name alone after a dash ("– Katja Lorenz", "— Jan
#: Roth") or after the two hyphens that open a signature in e-mail and Usenet ("-- Jan
#: Roth", "-- " the sig delimiter): two or three capitalised words (a particle allowed),
#: none of :data:`DASH_SIGNATURE_NOT_NAMES` ("– Eigene Recherche", "— Quelle: dpa"); or after
#: a tilde, as diaries and early blogs sign ("~ Jan Roth", "-- ~ Jan Roth"; session 41).
DASH_SIGNATURE = re.compile(
    rf"(?:(?:--\s*)?~|--?|[–—])\s*(?P<name>{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}})\s*"
)
DASH_SIGNATURE_NOT_NAMES = re.compile(
    r"recherche|quelle|material|agentur|redaktion|team|presse|foto|bild|ende|anzeige|"
    r"verlag|bank|kasse|verein|verband|gmbh|stadt|gemeinde|mehr|weiter|zurück|seite",
    re.IGNORECASE,
)
#: Words of a signature that signs for a group, not a person ("Euer Redaktionsteam", "Eure
#: Geldgeflüster-Crew").
SIGNATURE_NOT_NAMES = re.compile(
    r"team|crew|redaktion|verlag|presse|vorstand|verein", re.IGNORECASE
)
#: The heading of an author box ("Über die Autorin", "Über den Autor", "Zur Autorin",
#: "Der Autor", "Über die Gastautorin"; English "About the author", plurals "Über die
#: Autor:innen": session 47, read on en_bh and de_full164): the name under it (a heading or
#: line of two to four capitalised words, or the name opening the biography, see
#: :data:`BOX_NAME_END`) is the post's author when no byline names one. (Elements of
#: :data:`AUTHOR_BOX_TAGS`, the first :data:`AUTHOR_BOX_MAX` that match, outside comments;
#: their next :data:`AUTHOR_BOX_SIBLINGS` siblings.) In the body's second half such a
#: heading closes the text (:func:`~newsarchive.extract.body.clean_lines`).
AUTHOR_BOX_HEADING = re.compile(
    r"(?:(?:über\s+(?:die|den)|zur|zum|die|der)\s+"
    r"(?:(?:gast)?autor(?:in|en|innen|[*:_]in(?:nen)?)?|verfasser(?:in)?)|"
    r"about\s+the\s+(?:guest\s+)?(?:authors?|writers?))\s*:?",
    re.IGNORECASE,
)
#: The author box's heading that names the writer itself, after its colon: "Über die
#: Autorin: Lena Hartwig" (read where no heading of :data:`AUTHOR_BOX_HEADING` stands alone;
#: session 43).
AUTHOR_BOX_NAMED = re.compile(
    rf"(?i:{AUTHOR_BOX_HEADING.pattern})\s*(?P<name>{BYLINE_NAME.pattern})"
)
#: The end of the name opening an author box's biography: a separator or any lower-case
#: word after it ("Nora Lind reist seit drei Jahren …", "Jan Roth ist …"): under the box's
#: heading the capitalised words that open it are the name. Kind read in half T, judged
#: on half Y (rejected there), re-judged on half AD (kept: 0.424 -> 0.455).
BOX_NAME_END = r"(?:\s*[-–,(|:]|\s+[a-zäöüß]+\b)"
AUTHOR_BOX_TAGS = ("h2", "h3", "h4")
AUTHOR_BOX_MAX = 3
AUTHOR_BOX_SIBLINGS = 3
#: A person's full name in running text: two or three capitalised words, a particle and a
#: hyphenated part allowed ("Nina Keller", "Jan von Berg", "Anna Brenner-Lüdecke").
_TEXT_NAME = (
    rf"(?P<name>{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}})"
)
#: An office or a profession before an academic title ("Rechtsanwältin Dr. A", "Wirtschaftsprüfer
#: Dr. B"), then the titles: read before a name in running text, where the title's full stop
#: had ended the name at "Rechtsanwältin Dr" (session 66, read on de_full496 and de_full552).
_OFFICE_BEFORE_TITLE = rf"(?:{NAME_CAPITAL}{NAME_LOWER}+\s+(?=(?:Dr|Prof)\.))?"
_TITLES = r"(?:(?:Dr|Prof)\.\s+)*"
#: A guest author named where the post opens ("Heute schreibt hier Gastautorin Nina Keller,
#: …", "Dieser Text ist ein Gastbeitrag von Okan Demirel, Verbraucherberater"): the only
#: author, not the owner whose account posted it. Searched in the first
#: :data:`GUEST_OPENING_CHARS` characters of the lead and the first body line; the name
#: must end at a punctuation mark.
#: The guest's relation to the site before the name ("von unserer Leserin A", "von unserem
#: Mitglied A", "von unserer Nachbarin A"; session 31: read on de_full89, t).
#: The owner's own relation too ("von meinem Bruder A", "ihr Bruder A"; session 43).
GUEST_RELATION = r"(?:(?:unser|mein|ihr|sein)(?:em|er|en|e)?\s+[A-ZÄÖÜ][a-zäöüß-]+\s+)?"
#: The owner standing aside for the guest: "Heute schreibt hier mal nicht Anja, sondern ihr
#: Bruder A, …" (a personal blog's guest post; session 43, read on de_full123 and dates_ci).
GUEST_INSTEAD = r"schreibt\s+hier\s+(?:[a-zäöüß]+\s+){0,2}nicht\s+[A-ZÄÖÜ][a-zäöüß]+\s*,\s+sondern"
GUEST_OPENING = re.compile(
    rf"(?i:gastautor(?:in)?|gast(?:beitrag|artikel|kommentar)\s+von|{GUEST_INSTEAD})\s+"
    + GUEST_RELATION
    + _OFFICE_BEFORE_TITLE
    + _TEXT_NAME.replace("(?P<name>", "(?P<name>" + _TITLES, 1)
    + r"\s*[,.;:(!]"
)
GUEST_OPENING_CHARS = 200
#: The same opening introducing the guest after a colon, a biography following the name
#: ("Heute gibt es mal wieder einen Gastbeitrag: Dr. A ist Verbraucherökonom …", "Unser
#: Gastautor: A leitet …"; titles dropped, as the name alone is the writer; session 40, read
#: on blind de_full147).
GUEST_OPENING_BIO = re.compile(
    r"(?i:gast(?:beitrag|artikel|autor(?:in)?))\s*:\s+(?:(?:Dr|Prof)\.\s+)*"
    + _TEXT_NAME
    + r"\s+(?:ist|war|lehrt|forscht|arbeitet|schreibt|leitet|berät|studiert)\b"
)
#: A post's last line that is a first name alone after a dash ("— Greta"): a signature only
#: where the page shows that first name with one surname (:func:`~.signatures.in_full`); a
#: diary's tilde too ("~ Jörg", as :data:`DASH_SIGNATURE`; session 43, read on de_full156).
DASH_FIRST_NAME = re.compile(rf"(?:[-–—]|(?:--\s*)?~)\s*(?P<name>{NAME_CAPITAL}{NAME_LOWER}+)\s*")
#: A surname after a first name in the page's source ("Ich bin Sabine Kaiser", "Notizen von
#: Greta Hallmann"): a capitalised word, possibly double; the first name is put before it.
SURNAME_AFTER = rf"\s+({NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?)(?![\w-])"
#: A line of the article crediting its writers ("Ein Beitrag von Finn Albrecht und Sophie
#: Ranft, Studierende im Master Finance.", "Dieser Text wurde verfasst von Jan Roth."): a
#: text node of its own in the first :data:`~.data.BYLINE_MAX_NODES` from the headline on;
#: its full names (two at most) are the authors where the byline is only a login or the site.
CREDIT_LINE = re.compile(
    # (after a separator from a label before it: "<strong>Azubi-Blog</strong> · Ein Beitrag
    # von A, …"; session 37, de_full139)
    r"(?:[·|•–]\s*)?(?:Ein|Dieser)\s+(?:Gast)?(?:beitrag|Beitrag|Text|Artikel)\s+(?:wurde\s+verfasst\s+|stammt\s+)?"
    r"von\s+(?P<names>"
    + _OFFICE_BEFORE_TITLE
    + _TITLES
    + _TEXT_NAME.replace("?P<name>", "?:")
    + r"(?:\s+(?:und|&)\s+"
    + _OFFICE_BEFORE_TITLE
    + _TITLES
    + _TEXT_NAME.replace("?P<name>", "?:")
    + r")?)\s*(?:[,(.]|$)"
)
#: An interview's credit closing the text as a sentence ("Das Gespräch führte Timo Aksel.",
#: "Die Fragen stellte Lea Brandt, Investor Relations.", "Quelle: Wochenblatt. Das
#: Interview führte Jan Roth."): a sentence of the line, the name before the medium it was
#: made for ("… führte Jan Roth für die Abendpost.") or a next sentence ("Erschienen in
#: …"; read on ad, aj), read with the byline text
#: (:func:`~newsarchive.extract.bylines.text_bylines`; without the period
#: :data:`~.data.CREDIT_LEADS` reads it already). Kind read in half J, judged on half L.
_CREDIT_LEAD = (
    r"das\s+(?:gespräch|interview)\s+führten?|die\s+fragen\s+stellten?|"
    r"das\s+protokoll\s+(?:schrieb(?:en)?|führten?)"
)
CREDIT_SENTENCE = re.compile(
    rf"(?:^|[.!?]\s+)(?P<lead>{_CREDIT_LEAD})"
    r"\s+(?P<name>[^.!?|(/\n]{2,80}?)(?:\s+für\s+(?:die|den|das)\s+[^.!?\n]{2,60})?"
    r"\s*(?:\.\s+[^\n]*)?\.?\s*$",
    re.IGNORECASE,
)
#: A text node of names only, three or more joined by commas and "and"/"und" ("Aino
#: Lehtisalo, Jussi Halme and Lotta Brenner" opening a post or in its meta line): a credit
#: read where a team's or a login's account posted the text (an institution's blog; session
#: 56, read on en_cp and en_cq). Two names alone are read by the byline rules.
NAMES_ONLY_LINE = re.compile(
    rf"(?P<names>{BYLINE_NAME.pattern}(?:,\s+{BYLINE_NAME.pattern})+,?\s+(?:and|und)\s+"
    rf"{BYLINE_NAME.pattern})"
)
#: The text nodes read for it: the byline's window before the headline
#: (:data:`~.authors.BYLINE_NODES_BEFORE`) and ten after it, where such a line stands; a
#: list page's teasers further down name their own writers so.
NAMES_LINE_NODES = 20
#: The credit sentence's lead alone in a text node, the name in the next ("Die Fragen
#: stellte" <a>B</a> "."; :mod:`~newsarchive.extract.interviewer`).
CREDIT_LEAD_ONLY = re.compile(rf"(?:{_CREDIT_LEAD})\s*:?", re.IGNORECASE)
#: A post's closing line that signs with a full name and the writer's role after a comma
#: ("Konstantin Roth, Geschäftsführender Gesellschafter", "Ihr Bernd Lenz, Vorstand"): two
#: or three capitalised words (a particle allowed; "Ihr"/"Ihre" before them allowed), then
#: a role of one to :data:`ROLE_SIGNATURE_WORDS` words, no digit (no address or phone
#: line; an ordinal before the role is no such digit: "A, 1. Vorsitzender", session 43). Read
#: like :data:`CLOSING_SIGNATURE` (issue 11, halves AW's and AX's kind).
ROLE_SIGNATURE = re.compile(
    r"(?:Ihre?\s+)?"
    rf"(?P<name>{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}})"
    r",\s+(?P<role>(?:[1-9]\.\s+)?[^\W\d][\w-]*(?:\s+[^\W\d][\w&.-]*)*)\s*"
)
ROLE_SIGNATURE_WORDS = 4
#: A post's closing line signed by two writers together ("Ihre Bettina Krämer und Olaf
#: Krämer", "Timo Brandes und Svenja Wulf, 2. Lehrjahr", "Bis nächste Woche" / "Philipp
#: Grotian und Lea Staudt"): two full names joined by "und", after a greeting or the formal
#: "Ihr"/"Ihre"/"Euer"/"Eure", or before a role after a comma (digits allowed: "2.
#: Lehrjahr"); read like :data:`CLOSING_SIGNATURE` (the post's last lines, only short ones
#: after it, the line before ending a sentence or a greeting). Issue 11, half BA's kind (also
#: read in halves Z and AW), :mod:`~newsarchive.extract.pairsign`. The two names alone, or
#: after a dash ("— A und B", "-- A und B, 18.01.2010"), sign too right after a sentence
#: (halves BG's, BH's and BP's kind), where neither name has a word of
#: :data:`DASH_SIGNATURE_NOT_NAMES`. A signer's academic title stays with her name ("Ihre
#: Dr. A und B"; session 44, read on dates_cm). The formal "Ihre" alone on the line before
#: marks the pair too ("Ihre" / "A und B" / "Vorstand" closing a bank's letter; dates_cg).
PAIR_TITLE = r"(?:(?:Dr|Prof)\.\s?)*"
PAIR_FORMAL_LINE = re.compile(r"Ihre?|Euer|Eure")
PAIR_SIGNATURE = re.compile(
    r"(?P<dash>(?:--?|[–—])\s*)?"
    rf"(?P<greeting>(?:{SIGNATURE_GREETING.pattern}\s*){{1,2}})?"
    r"(?P<formal>(?:Ihre?|Euer|Eure)\s+)?"
    + _TEXT_NAME.replace("?P<name>", f"?P<first>{PAIR_TITLE}")
    + r"\s+(?:und|&)\s+"
    + _TEXT_NAME.replace("?P<name>", f"?P<second>{PAIR_TITLE}")
    + r"(?:\s*,\s*(?P<role>[^\W_][\w.-]*(?:\s+[^\W_][\w&.-]*){0,3}))?\s*[.!]?"
)
#: A closing signature with the writer's role in brackets, or opened by a dash or by
#: "Eure"/"Euer" ("Sandra Pietsch (Vorsitzende)", "Eure Svenja Lorch (Ladenleitung)", "–
#: Uwe Quast (Kassenwart)", "Helena Marx (Gastautorin)", "Eure Sabine Oltrogge, Vorsitzende"):
#: read as :data:`ROLE_SIGNATURE`'s "Name, Role" line (:mod:`~newsarchive.extract.bracketsign`;
#: kind read in aq, bg, bh, bi, bp, bq, bw and de_full39, issue 11, ra35). After a dash only
#: with the role in brackets, and no hyphen opens it: "- A, aus B" closing a list of people
#: is no signature (measured: a dev page's list of speakers). A diary's tilde opens either
#: ("~ Karl-Heinz Dröge, Sprecher des Stadtteilbeirats"; session 45, read on de_full165).
BRACKET_ROLE_SIGNATURE = re.compile(
    r"(?P<tilde>(?:--\s*)?~\s*)?"
    r"(?P<dash>[–—]\s*(?:(?:Ihre?|Eure?|Euer)\s+)?)?(?:(?:Eure?|Euer)\s+)?"
    rf"(?P<name>{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}})"
    r"(?:,\s+(?P<role>[^\W\d][\w-]*(?:\s+[^\W\d][\w&.-]*)*)"
    r"|\s*\((?P<bracketed>[^\W\d][\w.-]*(?:\s+[^\W\d][\w&.-]*)*)\))\s*"
)
#: The longest last line :func:`~newsarchive.extract.signoffs.without_sign_off` reads as a
#: signature ("Herzliche Grüße, Ihre Claudia Brandes"): the writers of the read sets drop it
#: from the text (de_full4's newsletters, de_full38's, de_full39's and de_full47's club
#: pages: 8 of 8 lines; the letter sets' snippets never ask for one, 4 forbid it).
SIGN_OFF_MAX_CHARS = 80
#: A closing name line (:mod:`~newsarchive.extract.closingnames`): after the text's last
#: sentence, the writer's full name, or two joined by "&"/"und"/"and", with a dash before
#: and/or a numeric or month-named day after ("-- Jens Harms - 14 Mar 2006", "— Miriam Koch
#: & Deniz Yilmaz", "Holger Brinkmann, 05.09.2011"): a wiki's, a club's or a CMS page's
#: signature. A bare name with neither is left to :func:`~.signatures.signature`.
_CLOSING_PERSON = (
    r"(?!(?:Ihre?|Euer|Eure|Deine?)\s)"  # the formal "Ihre A und B" is PAIR_SIGNATURE's
    rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?){{1,2}}"
)
#: A bare closing name (neither dash nor day) signs only with lines this short after it.
CLOSING_BARE_AFTER_WORDS = 3
CLOSING_NAME_DAY = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}"
CLOSING_NAME_LINE = re.compile(
    rf"(?P<dash>(?:--?|[–—])\s*)?(?P<names>{_CLOSING_PERSON}(?:\s*(?:&|und|and)\s*{_CLOSING_PERSON})?)"
    rf"(?:\s*[,–—-]\s*(?P<day>{CLOSING_NAME_DAY}))?"
)
