"""Closings and credit lines that name a post's author at its end (issue 11, half K's kinds):
read only where the byline credits nobody, the site itself or a login."""

from __future__ import annotations

import re

from newsarchive.extract.data.signatures import _TEXT_NAME, FORMAL_SIGNATURE_NOT_NAMES

#: Academic titles a closing shows before the name ("Dr.", "Dr. med.", "Prof. Dr."); kept
#: with the name, as the dev truth keeps them.
_TITLES = r"(?:(?:Prof|Dr)\.\s*(?:(?:med|rer\.\s*nat|phil|jur)\.\s*)?)*"
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
