"""Bylines of first names only (issue 11, half K's kinds)."""

from __future__ import annotations

import re

#: A first name alone in a byline (case-sensitive): one capitalised word.
FIRST_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
#: A byline of at least this many first names ("von Lena & Tim") takes the surnames the
#: page shows with them (one blogger signing "Sabine" keeps the dev truth's first name).
FIRST_NAMES_MIN = 2
