"""Data for a page of readers' letters (issue 11, session 54: read on the letters kind,
de_full281 and de_full286): each letter is signed under its text by its reader and the
reader's place ("Hildegard Maier, Kirchheim", "Dr. Renate Faßbender, Mörsfelden") or opened
by a line naming them ("Jörg Weidenfeller aus Rosbach schreibt zur Störung …:"). The judges
credit those readers, in the page's order, and not the paper's name, desk or login the page
gives as its byline (:mod:`newsarchive.extract.readerletters`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: Words one of which a letters page holds in its head (its breadcrumbs, section or
#: kicker: the short text nodes, :data:`LETTERS_HEAD_CHARS` at most, among the first
#: :data:`LETTERS_HEAD_NODES` from shortly before the headline), matched in lower case. Not
#: anywhere in the page: a news page's footer invites letters too ("Leserbrief schreiben"),
#: and an article's page shows its letters under the text ("Leserbriefe zu diesem Artikel"),
#: with the paper's disclaimer; the article's byline (or none) stays there.
LETTERS_PAGE_WORDS = (
    "leserbrief", "leserforum", "leserpost", "leserecho", "leserzuschrift", "zuschriften",
    "leserstimme", "ihre meinung", "briefe an die redaktion",
    # English letters pages (session 62, read on en_eb and en_ec)
    "letters to the editor", "letter to the editor", "your letters", "readers' letters",
    "reader letter", "letters page",
)  # fmt: skip
#: A head node that is a letters section's name alone ("Letters", the section over the
#: headline or a "Category:" value), matched in lower case.
LETTERS_SECTION_NAMES = frozenset({"letters", "leserbriefe"})
LETTERS_HEAD_NODES = 12
LETTERS_HEAD_CHARS = 40
_WORD = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
#: A reader's name: two or three capitalised words (a particle such as "von" before the
#: last), academic titles before them kept ("Dr. Klaus-Peter Wendt"); not a byline's or
#: credit's lead ("Von A, Berlin", "Foto: …").
_NAME = (
    r"(?!(?:Von|Text|Autor|Autorin|Foto|Fotos|Bild|Quelle|Bericht)\b)"
    rf"(?:(?:Dr|Prof)\.?\s+)*{_WORD}(?:\s+(?:von\s+|van\s+|de\s+|Ó\s+|Ní\s+)?{_WORD}){{1,2}}"
)
#: A place: capitalised words joined by spaces, hyphens or slashes, with the small words of
#: German place names ("Weiden in der Oberpfalz", "Rothenburg ob der Tauber"), a district in
#: brackets after it.
_PLACE = (
    rf"{NAME_CAPITAL}[\w.]*(?:(?:\s+|-|/)(?:an\s+der|am|im|in\s+der|ob\s+der|bei|vor\s+der|"
    rf"{NAME_CAPITAL}[\w.]*)){{0,4}}(?:\s+\([^()]{{2,30}}\))?"
)
#: A letter's signature: a line of its own holding the reader's name and place only, a
#: second reader joined by "and" or "und" ("Dana Whitfield and Carl Obuya, Osage Falls"),
#: the place's county or nearby town after a comma ("Beadlam, near Helmsley", "Kilconnell,
#: Co Galway"), a full stop at the end.
_PLACES = rf"{_PLACE}(?:,\s+(?:near\s+)?{_PLACE})?\.?"
LETTER_SIGNATURE = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:and|und)\s+(?P<other>{_NAME}))?,\s+(?P<place>{_PLACES})"
)
#: A signature over two lines: the reader's name alone (:data:`LETTER_NAME`), the place on
#: the next line (:data:`LETTER_PLACE`: "<strong>Tom Kilbride</strong><br>Ahascragh,
#: Ballinasloe").
LETTER_NAME = re.compile(_NAME)
LETTER_PLACE = re.compile(_PLACES)
#: A letter's opening line naming its reader: "Jörg Weidenfeller aus Rosbach schreibt zur
#: Störung beim Online-Banking:", "Gisela Maurer aus Selb meint:".
LETTER_OPENING = re.compile(
    rf"(?P<name>{_NAME})\s+aus\s+(?P<place>{_PLACE})\s+(?:schreibt|meint|findet|fragt|kritisiert)\b"
)
#: How long a signature's or opening's line may be (characters).
LETTER_LINE_MAX_CHARS = 140
