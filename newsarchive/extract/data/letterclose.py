"""Data for a letter's or a contribution's closing names over role lines
(:mod:`newsarchive.extract.letterclose`; issue 11, read on blind de_full145 and de_full146,
session 39)."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL

#: A signer's line: a full name alone, academic titles before it ("Dr. Henrik Vosswinkel",
#: "Katrin Abeling"): two or three words of a capital each, the first a given name (tested
#: apart). The titles are the letterhead's, not the name's, and are dropped.
SIGNER_LINE = re.compile(
    r"(?:(?:Prof|Dr)\.\s+)*"
    rf"(?P<name>{NAME_CAPITAL}[^\W\d_]+(?:-{NAME_CAPITAL}[^\W\d_]+)?"
    rf"(?:\s+(?:von\s+|van\s+|de\s+)?{NAME_CAPITAL}[^\W\d_]+(?:-{NAME_CAPITAL}[^\W\d_]+)?){{1,2}})"
)
#: The role line under a signer's name ("Vorsitzender des Vorstandes", "Referentin
#: Zahlungsverkehr", "Mitglied seit 2019, ehemals Filialleiter einer Genossenschaftsbank"):
#: a capital first, at most this many words, no sentence's end.
SIGNER_ROLE_WORDS = 10
SIGNER_ROLE_LINE = re.compile(r"[A-ZÄÖÜ][^.!?]*[^.!?:\s]")
#: A role line naming a press contact, not a writer ("Unternehmenskommunikation",
#: "Pressesprecherin", "Leiter Medien und Kommunikation"): a press release's contact under
#: its "Über die Bank" paragraph.
SIGNER_CONTACT_ROLE = re.compile(r"(?i:kommunikation|presse|medien|kontakt|public relations)")
#: A letter's closing greeting ("Mit freundlichen Grüßen", "Freundliche Grüße", "Beste
#: Grüße"): the names under it (after the sender's line, "Ihre Sparkasse Mittelholm",
#: "Bankenverband Südwest e.V.") sign it.
LETTER_GREETING = re.compile(
    r"(?i:(?:mit\s+)?(?:freundlichen|besten|herzlichen|kollegialen)\s+grü(?:ß|ss)en"
    r"|(?:freundliche|beste|herzliche|viele)\s+grü(?:ß|ss)e)[,.!]?"
)
#: A place and day line closing a decision or a statement ("Kassel, den 14. November 2023",
#: "Taunusbrück, 14.03.2023"): the names under it sign it like under a greeting, with the
#: titles the page shows (an ombudsman's decision; session 59, read on de_full437 and
#: de_full443).
SIGNED_PLACE_DAY = re.compile(
    r"[A-ZÄÖÜ][\w.()/ -]{1,40},\s+(?:den\s+|am\s+)?"
    r"\d{1,2}\.\s*(?:\d{1,2}\.|[A-Za-zä]{3,9}\.?)\s*\d{4}"
)
#: The greeting is looked for in the body's lines; the signers in so many lines after it.
LETTER_SIGNER_LINES = 8
#: A signer's line with the role after the name, after a comma or in brackets ("Dr. Helga
#: Brenninger, 1. Vorsitzende", "Theresa Wimmer-Kastl (Sprecherin)"): under a letter's greeting,
#: a run of such lines or of names alone, one a line, signs it where the run ends the text or
#: a sender's line follows (:data:`LETTER_SENDER_LINE`; session 58, read on open letters,
#: de_full387 and de_full393).
SIGNER_ROLE_TAIL = re.compile(
    r"\s*(?:,\s*(?:\d\.\s*)?[A-ZÄÖÜ][^.!?():,]{1,60}|\([A-ZÄÖÜ][^.!?()]{1,40}\))"
)
#: The sender's line under the signers ("für die Bürgerinitiative „Filiale bleibt!“ Dernau",
#: "im Namen des Vorstands", "Heimatverein Kröv-Moselufer e.V."): who they sign for.
LETTER_SENDER_LINE = re.compile(
    r"(?:für|im\s+Namen|namens)\s.{3,120}|[^.!?]{3,80}\s(?:e\.\s?V\.|eG|GmbH)", re.IGNORECASE
)
