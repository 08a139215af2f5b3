"""Data for a guest post's closing note (issue 11, round ra49: wrong names, precision): the
owner's account in the byline, the guest named in a note closing the text
(:mod:`newsarchive.extract.guestclosing`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.signatures import _TEXT_NAME, GUEST_RELATION

#: A note opening with "Dies"/"Dieser" that names the guest or the writer of the post: "Dieser
#: Artikel ist ein Gastbeitrag von A.", "Dies ist ein Gastbeitrag von A, …", "Dieser
#: Gastartikel stammt von A, …", "Dieser Artikel stammt von A, …" (the name ends at a
#: punctuation mark), "Dieser Ratgeber wurde von A geschrieben". "Heute schreibt hier
#: Gastautorin A" at a post's end is no such note (the byline stays).
GUEST_CLOSING = re.compile(
    r"\bDies(?:er|es)?\s+(?:ist\s+ein\s+Gast\w*\s+von"
    r"|(?:Artikel|Beitrag|Text|Post|Blogbeitrag|Ratgeber)\s+ist\s+ein\s+Gast\w*\s+von"
    r"|(?:Artikel|Beitrag|Text|Post|Blogbeitrag|Ratgeber|Gast\w+)\s+(?:stammt|ist|kommt)\s+von)"
    r"\s+" + GUEST_RELATION + _TEXT_NAME + r"(?:\s+aus\s+[A-ZÄÖÜ][\w-]+)?\s*[,.;:(!]"
)
#: The passive form: "Dieser Ratgeber wurde von A geschrieben (und von B geprüft)".
WRITTEN_BY_CLOSING = re.compile(
    r"\bDies(?:er|es)?\s+(?:Artikel|Beitrag|Text|Post|Blogbeitrag|Ratgeber|Gast\w+)\s+wurde\s+"
    r"von\s+" + _TEXT_NAME + r"\s+(?:geschrieben|verfasst)\b"
)
#: A closing note labelled with the guest's role, the name opening the biography after the
#: colon: "Gastautor: Benedikt Auer studiert …", "Gastautorin: Dr. Ilka Roth ist …"
#: (academic titles kept; the name ends at a lower-case word or a punctuation mark; kind
#: read on de_full96, session 33).
GUEST_LABEL_CLOSING = re.compile(
    r"^Gast(?:autor(?:in)?|beitrag\s+von)\s*:?\s+(?P<titled>(?:(?:Dr|Prof)\.\s+)*"
    + _TEXT_NAME
    + r")(?=\s+[a-zäöüß]|\s*[,.(;:])"
)
#: A closing biography that calls its person the post's guest: "Marlene Kastrup ist
#: Honorarberaterin in Münster und schreibt regelmäßig als Gastautorin für …", "Dr. Ilka Roth
#: ist Professorin … und Gastautorin dieses Blogs" (the name opens the line; the guest word
#: in its first :data:`GUEST_BIO_CHARS` characters; read on blind de_full146, session 39).
GUEST_BIO_CLOSING = re.compile(
    r"(?P<titled>(?:(?:Dr|Prof)\.\s+)*" + _TEXT_NAME + r")\s+(?:ist|war|schreibt|arbeitet)\s"
    r"[^.!?]*?\bGast(?:autor(?:in)?|beitr\w*|kolumnist(?:in)?)\b"
)
GUEST_BIO_CHARS = 240
#: How many of the body's last lines are read for the note (and its first line).
GUEST_CLOSING_LINES = 3
#: An author box headed "Über den Gastautor" / "Über die Gastautorin" that opens with the
#: guest's name ("… Tobias Wendler ist Softwareentwickler …"; academic titles kept, as the
#: dev truth keeps them, and no title word closes the name: "Dr. A" over "Dr. A ist …"):
#: the guest wrote the post, not the owner whose account posted it (the page's visible text
#: read; boxes of WordPress themes and author plugins; read on de_full73, de_full83).
GUEST_BOX = re.compile(
    r"\bÜber\s+(?:den\s+Gastautor|die\s+Gastautorin)\s*:?\s+(?P<titled>(?:(?:Dr|Prof)\.\s+)*"
    + _TEXT_NAME
    # (no title word closing the name: "Dr. A" over "Dr. A ist …" in the box; session 35)
    + r")(?<!\bDr)(?<!\bProf)(?=\s+[a-zäöüß]|\s*[,.(]|\s+(?:Dr|Prof)\.)"
)
#: A tag or category a blog files guest posts under, as a link's whole text ("Gastbeitrag",
#: "Gastbeiträge", "Gastautor", "Guest post"): a tag link (``rel="tag"``, "category tag") of
#: the post, not a menu's entry (:mod:`~newsarchive.extract.guesttag`).
GUEST_TAG = re.compile(
    r"gast(?:beitrag|beiträge|artikel|autor(?:in|en)?|post|posts)|"
    r"guest[ -]?(?:posts?|articles?|authors?|contributions?)",
    re.IGNORECASE,
)
