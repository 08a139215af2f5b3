"""Closings and credit lines that name a post's author at its end (issue 11, half K's kinds):
read only where the byline credits nobody, the site itself or a login."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL
from newsarchive.extract.data.signatures import _TEXT_NAME, FORMAL_SIGNATURE_NOT_NAMES

#: Academic titles a closing shows before the name ("Dr.", "Dr. med.", "Prof. Dr."); kept
#: with the name, as the dev truth keeps them.
_TITLES = r"(?:(?:Prof|Dr)\.\s*(?:(?:med|rer\.\s*nat|phil|jur)\.\s*)?)*"
#: The academic titles opening a name ("Dr. ", "Prof. Dr. ", "Dr. med. "): a byline text's
#: name is tested for a name without them and kept with them ("Von Dr. Anna Roth").
ACADEMIC_TITLES = re.compile(_TITLES)
#: A formal closing over two lines, a role with the name (case-sensitive): "Ihre
#: Apothekerin" / "Dr. Sabine Roth" (:data:`ROLE_CLOSING_ROLE` then :data:`ROLE_CLOSING_NAME`)
#: or "Ihr Carsten Roth" / "Geschäftsführer" (:data:`NAME_CLOSING` then a role line of
#: :data:`CLOSING_ROLE_LINE`). The role is no organisation (:data:`CLOSING_ORGANISATION`).
ROLE_CLOSING_ROLE = re.compile(r"(?:Ihre?)\s+(?P<role>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)")
ROLE_CLOSING_NAME = re.compile(rf"(?P<name>{_TITLES}{_TEXT_NAME.replace('(?P<name>', '(?:')})")
NAME_CLOSING = re.compile(r"(?:Ihre?)\s+" + _TEXT_NAME)
#: The role line under "Ihr Name": one to four words, capitalised first, no sentence.
CLOSING_ROLE_LINE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:\s+[\w&.-]+){0,3}")
#: A role word that is an organisation: it ends with a word of
#: :data:`~.signatures.FORMAL_SIGNATURE_NOT_NAMES` ("Ihr Praxisteam", "Ihre Apotheke", "Ihre
#: Sparkasse"; "Ihre Apothekerin" is a person).
CLOSING_ORGANISATION = re.compile(rf"(?:{FORMAL_SIGNATURE_NOT_NAMES.pattern})$", re.IGNORECASE)
#: A post's last sentence: a line of at least :data:`LAST_SENTENCE_WORDS` words ending a
#: sentence. Where the body runs on after the post into a list of other posts ("Mehr aus dem
#: Blog", "Frühere Berichte": headings, dates, titles), the signature is looked for in the
#: :data:`SIGNED_AFTER_LINES` lines right after that sentence, not in the body's last line.
#: Kind read in half AL (a website builder's blog, a club's homepage), issue 11.
LAST_SENTENCE = re.compile(r".*[.!?…][\"“”»«')]?")
LAST_SENTENCE_WORDS = 8
SIGNED_AFTER_LINES = 2

#: A post signed on behalf of a body at its end, in the form of a club's or firm's letter:
#: "Für den Vorstand: Werner Ohlendorf", "Für den Vorstand Gerd Ahlborn", "Werner Ohlendorf
#: und Gisela Marquardt für den Vorstand", "Nina Albrecht und Tobias Fromm für das
#: Community-Team". The body is one word (a hyphenated compound allowed); the names are
#: split at "und" and commas, each a full name (:data:`~.signatures._TEXT_NAME`) that is no
#: organisation's. Read like :data:`~.signatures.ROLE_SIGNATURE`: in the post's last lines,
#: after a sentence, only short lines after it, where the byline credits nobody, the site
#: or a login. Kind read in halves AL, AQ, AX and AY (issue 11).
#: After the names, the body may also be the one they are from, "vom"/"von der" and one
#: capitalised word ("Heinz Oberwelland und Sabine Tölke vom Vorstand", "Timo Baier und Nadine
#: Wolf vom Team", "Anna Berghoff vom Social-Media-Team"; halves AE's and BG's form).
_BEHALF_BODY = r"(?:den|die|das)\s+[A-ZÄÖÜ][\w]*(?:-[\w]+)*"
_BEHALF_FROM = r"(?:vom|von\s+der)\s+[A-ZÄÖÜ][\w]*(?:-[\w]+)*"
_BEHALF_NAMES = rf"(?P<names>{NAME_CAPITAL}[^:;!?]{{3,120}}?)"
BEHALF_SIGNATURE = re.compile(
    rf"(?:Für\s+{_BEHALF_BODY}\s*:?\s+{_BEHALF_NAMES}|{_BEHALF_NAMES.replace('names', 'signers')}"
    rf"\s+(?:für\s+{_BEHALF_BODY}|{_BEHALF_FROM}))\s*\.?"
)
BEHALF_NAME = re.compile(_TEXT_NAME)
BEHALF_SPLIT = re.compile(r"\s*(?:,|\s+und\s+)\s*")
#: The bodies a closing line signs for that make it a group's signature the body drops
#: (:func:`~newsarchive.extract.behalfcut.without_behalf_signature`): the body's last word
#: names a group of people ("Für den Vorstand", "für das Community-Team", "Für das
#: Orgateam", "für den Aufsichtsrat", "Für die Tarifkommission", "Für das Protokoll"), not a
#: thing a headline speaks of ("Neue Regeln für das Girokonto", "Eine Karte für den
#: Kassenwart"). Read in de_full49 and the letter sets' signatures (round rb28).
BEHALF_GROUP = re.compile(
    r"(?:für|vom|von\s+der)\s+(?:(?:den|die|das)\s+)?[\w-]*?"
    r"(?:vorstand|team|rat|kommission|gruppe|initiative|protokoll|kreis|redaktion|leitung|"
    r"führung|ausschuss|verein)\s*:?",
    re.IGNORECASE,
)
#: A signature box's class token (a forum post's or a blog's "signature"): its lines leave
#: the body once the authors were read (:mod:`~newsarchive.extract.closingcut`); a line
#: holding a piece of the box of at least this many characters and at most this many more
#: leaves with it (trafilatura joins a box's pieces into one line, or a piece to a word).
SIGNATURE_BOX_TOKENS = frozenset({"signature"})
SIGNATURE_BOX_MIN_CHARS = 20
SIGNATURE_BOX_EXTRA_CHARS = 40

#: A closing line crediting the helpers of a report, not its writers ("Mitarbeit: Lena
#: Kraus", "Unter Mitarbeit von A und B", "Recherche: A"): cut from the body's end like a
#: writer's credit (:func:`~newsarchive.extract.body.without_closing_credit`), its names
#: read as no author (session 49, read on de_full186; nine read pages end so).
HELPERS_CREDIT = re.compile(
    r"(?:(?i:mitarbeit|recherche|mitarbeit\s+und\s+recherche)\s*:|(?i:unter\s+mitarbeit\s+von))"
    r"\s*[A-ZÄÖÜ][^:.!?]{2,80}\.?"
)
