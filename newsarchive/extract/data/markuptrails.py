"""Data for byline markup: the parts a byline element holds after its writers' names (read
by :mod:`~newsarchive.extract.markuptrails`) and German byline classes (read by
:mod:`~newsarchive.extract.autorclass`)."""

from __future__ import annotations

import re

#: A byline part naming a team, a desk or a paper, never a person ("Team Sicherheit", "The
#: Ledger", "Das Serviceteam", "Social-Media-Team"): opening with an article or a team word,
#: or ending in one (a word or a hyphenated word's last part). After a person's full name in
#: one byline element ("Von A und B, Team Sicherheit", "By A<br>The Ledger") it is left out.
#: Kind read in bv and en_p (issue 11).
NOT_PERSON_PART = re.compile(
    r"(?:the|der|die|das|team|redaktion|ressort)\s.*|.*(?:\b|-)(?:team|redaktion)",
    re.IGNORECASE,
)
#: A profile card's follow button inside byline markup ("A · 34 Hubs · Follow", "A Folgen"):
#: after a full name it is no co-writer. Lower case, the whole part. Kind read in bt and ax.
FOLLOW_BUTTONS = frozenset({"follow", "folgen", "abonnieren", "subscribe", "+ follow"})
#: A German byline class ("autor", "entry-autor", "autor-name", "artikel_autorin"; a forum's
#: user cell ``<td class="autor">``): a whole class word or a hyphen or underscore part of
#: one, read as byline markup after the English ones. "autoren" (a list of writers), an
#: "autorbox" or "autor-box" (a box of biography, :func:`~.authorbox.author_box`'s) are not.
#: Kind read in bv, bu and de_full44 (issue 11).
AUTOR_CLASS = re.compile(r"(?:^|[\s_-])autor(?:in)?(?:-?name)?(?=$|[\s_-])(?![-_]box)", re.I)
#: In such a table cell (a forum's user cell) the poster's name is its first element of
#: these tags, above the rank and post count on ``<br>`` lines ("Stammgast", "Neuling").
CELL_NAME_TAGS = frozenset({"b", "strong", "a", "span"})
#: Elements of a German byline class read, at most (the first that names writers counts).
AUTOR_ELEMENTS_MAX = 5
#: A byline markup's "name" with this many lower-case words or more (name particles aside,
#: :data:`~.authors.NAME_PARTICLES`) is a phrase of an author box ("Wir sind ein
#: ehrenamtlicher Kinoverein"), no person. Kind read in de_full44 (issue 11, session 16).
PHRASE_LOWER_WORDS = 2
#: A site footer's credit of its theme's maker ("Theme: Harbour Light von nordlicht", "WordPress
#: Theme by A", "Theme von A"; WordPress themes mark it "theme-author"): no byline (kind seen
#: on a real dev page, issue 11, session 28).
THEME_CREDIT = re.compile(r"(?:wordpress[- ])?theme\b", re.IGNORECASE)
