"""Data for the visible date line read from several text nodes or from a part that carries
other dates (:mod:`newsarchive.extract.dateline`): a theme's date box, a byline in a post's
own footer."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import _MONTH_NAMES

#: A theme's date box beside the headline, its day, month and year in elements of their own
#: (``<span class="day">14</span><span class="mon">März</span><span class="yr">2025</span>``,
#: "17 | FEB | 2011", "22 | 08, 2025"): the nodes joined by a space make one of these; the
#: month a name, or two digits before a comma and the year.
DATE_BOX = re.compile(rf"(\d{{1,2}})\.?\s+(?:((?i:{_MONTH_NAMES}))\.?,?|(\d{{2}}),)\s+(\d{{4}})")
#: ... its first node is at most this long ("14", "14."), and its last node at most this many
#: text nodes from the headline (before or after it).
DATE_BOX_DAY_MAX = 3
DATE_BOX_NODES = 3
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
