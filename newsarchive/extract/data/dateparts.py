"""Data for the visible date line read from a part that carries other dates
(:mod:`newsarchive.extract.dateline`): a byline in a post's own footer."""

from __future__ import annotations

import re

#: A post's byline opening a text node: in a part that carries other dates (PHP-Fusion's
#: ``<td class="news-footer">Geschrieben von admin am 14.03.2007 22:13</td>``, WebSite X5's
#: ``<div class="imBreadcrumb">Veröffentlicht von … in … · 20. Februar 2024</div>``), the
#: first dated node of such a part after the headline is still a date line when it or one of
#: the two nodes before it opens with this ("Kommentar von …" does not).
DATE_OWN_BYLINE = re.compile(
    r"\W*(?:geschrieben|ver(?:ö|oe)ffentlicht|verfasst|erstellt|eingestellt|gepostet|"
    r"posted|written|published)\s+(?:von|by)\b",
    re.IGNORECASE,
)
