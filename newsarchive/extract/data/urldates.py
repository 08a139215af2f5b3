"""Dates in a page's address: the day its path or query shows, a web archive's capture time.

Read by :mod:`newsarchive.extract.dates` beside the dates the page shows
(:mod:`~newsarchive.extract.data.dates`).
"""

import re

#: English months' short names as the year's and the month's folders spell them
#: ("/business/2026/mar/03/slug", the Guardian's and its kin's addresses; session 41).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: A month's number for its short name in an address (see :data:`URL_DATE_FORMS`).
URL_MONTHS = {name: str(number) for number, name in enumerate(_MONTHS, start=1)}
#: A day in the page address: "/2026/11/26/", "/2026-11-26", "/26-11-2026" (day first).
URL_DATE_YMD = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|\.|-|$)")
URL_DATE_DMY = re.compile(r"/(\d{1,2})-(\d{1,2})-(20\d{2}|19\d{2})(?:/|\.|$)")
#: ... or as one eight-digit folder, "/archiv/20261126/" (exactly eight digits between
#: slashes: a Wayback capture's fourteen digits are the capture, not the page's day).
URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/")
#: ... or in other forms the path or query shows: the year's folder and "MMDD" (`/2022/0803/`),
#: dots (`/2023.04.05/`), a query's date (`?datum=2018-10-23`), the digits opening a slug
#: (`/20190804-slug`, `/12092018-slug`, `/230705_slug`): (pattern, order of its groups), the
#: year of "yy" in this century, or the last where this one would be after now
#: (`/990907_22.html` is 1999), the year's folder, the month's short name and the day
#: (`/2026/mar/03/`); the first form that names a valid day counts.
URL_DATE_FORMS = (
    (re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"), "ymd"),
    (re.compile(r"/((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?:/|$)"), "ymd"),
    (re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})[-_]"), "ymd"),
    (re.compile(r"/(\d{2})(\d{2})((?:19|20)\d{2})[-_]"), "dmy"),
    (re.compile(r"/(\d{2})(\d{2})(\d{2})_"), "yymd"),
    (re.compile(rf"/((?:19|20)\d{{2}})/({'|'.join(_MONTHS)})/(\d{{1,2}})/", re.IGNORECASE), "ymd"),
)
URL_DATE_QUERY = re.compile(
    r"(?:^|&)(?:datum|date|tag|day)=((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:&|$)", re.IGNORECASE
)
#: A Wayback copy's capture time in its address (``/web/20130412090000/``, also ``…id_/``):
#: the page was published by then (a later date is not its publication); the day in the
#: address is the original's (:data:`~newsarchive.extract.data.ARCHIVED_URL`).
ARCHIVE_CAPTURE = re.compile(r"/web/((?:19|20)\d{2})(\d{2})(\d{2})\d*[a-z_]*/")
#: The most days an address's day may come before the day the metadata and the date line
#: agree on and yield to it: the story's created day ("/2024/11/05/" over a story online since
#: 6 November 06:15; :func:`~newsarchive.extract.addressday.created_address`; session 65, read
#: on dates_ho: of the 19 set pages dated one day after their address, the 10 missed were all
#: such, the 9 passing were UTC moments shortly after midnight), unless the address is the
#: UTC day of the published moment ("…T00:10:00+02:00" under "/2022/08/03/").
ADDRESS_CREATED_MAX_DAYS = 3
