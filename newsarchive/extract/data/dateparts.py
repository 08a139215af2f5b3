"""Data for the visible date line (:mod:`newsarchive.extract.dateline`): a byline in a post's
own footer (a part that carries other dates), a press release's dateline closed by a full
stop."""

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
#: A press release's dateline after its place (:data:`DATELINE_PLACE`) closed by a full stop
#: instead of a dash ("Bonn, 23.06.2009. Eine neue Studie ...", "Hohenmoor, 22. März 2006.
#: Die Sparkasse ..."): the stop and a capitalised word.
DATELINE_STOP = re.compile(r"\.\s+(?=[A-ZÄÖÜ])")
