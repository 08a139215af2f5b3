"""Data for how newsrooms credit their writers in byline text, beyond "Von" and the author
labels of :mod:`~newsarchive.extract.data.authors` (read by :mod:`~newsarchive.extract.bylines`)."""

from __future__ import annotations

import re

#: A genre word leading a byline ("Ein Kommentar von Anna Roth", "Eine Analyse von A und B",
#: "Ein Marktkommentar von …", "Faktencheck von …", "Eine Kolumne von …"): newsrooms name the
#: piece's form before its writer. The article may be missing; any word ending in
#: "kommentar" counts ("Marktkommentar", "Wochenkommentar"). Read only where the line is a
#: byline (it opens the line and the rest are names), so "Ein Test von Stiftung Warentest
#: zeigt, …" stays body text.
GENRE_LEADS = (
    r"(?:ein(?:e|en)?\s+)?(?:[a-zäöüß-]*kommentar|analyse|essay|kolumne|glosse|reportage|"
    r"interview|test|faktencheck|porträt|portrait|rezension|kritik|leitartikel|recherche|"
    r"feature|hintergrund|meinung|erklärstück|einordnung)\s+von"
)
#: A newsroom's staff lead ("Von unserem Mitarbeiter Gerd Roth", "Von unserer Redakteurin …",
#: "Von unseren Korrespondenten A und B"): local and regional papers name the writer's
#: relation to the paper before the name. Read before the bare "Von", which would keep the
#: role words in the name.
STAFF_LEADS = (
    r"von\s+unser(?:em|er|en)\s+(?:[a-zäöüß-]*?)(?:mitarbeiter(?:in|innen)?|redakteur(?:in|innen|en)?|"
    r"korrespondent(?:in|innen|en)?|reporter(?:in|innen)?|volontär(?:in|innen|en)?|autor(?:in|innen|en)?)"
)
#: A guest's byline near the headline ("ein Gastbeitrag von Ingrid Sommerkamp, 22.02.2026",
#: "Gastkommentar von Jan Roth"): a text node of its own, opening with the guest word, of
#: at most :data:`~.data.GUEST_LEAD_MAX_CHARS` characters, in the first
#: :data:`~.data.BYLINE_PARAGRAPH_NODES` after the headline. The guest is the (only) author,
#: not the site owner the metadata names (a personal site's ``meta author``). Kind read in
#: half O, judged on half P.
GUEST_BYLINE = re.compile(
    r"(?i:(?:ein(?:e|en)?\s+)?gast(?:beitrag|artikel|kommentar|autor(?:in)?)\s*(?:von\s+|:\s*))"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?:\s+(?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2})"
    r"\s*(?:[,.;:(|·]|$)"
)
#: A credit line closing a report ("Bericht: Erwin Tölke, Fotos: Werner Dallmeyer", "Text:
#: Anna Roth · Bilder: Jan Ulm", "Autorin: Eva Bott"): a label of the writer, the names, then
#: other credits (photos, pictures, graphics: their makers are no authors). A text node of
#: its own after the headline, read where no byline names a person (a club's or parish's
#: report posted by its webmaster's login). Kind read in half O, judged on half P.
CLOSING_CREDIT = re.compile(
    r"(?i:bericht|text|autor(?:in)?|text\s*(?:und|&)\s*(?:fotos?|bilder?))\s*:\s*"
    r"(?P<names>[^:|·•;]{3,80}?)"
    r"\s*(?:[,·|•;]\s*(?i:fotos?|bilder?|grafik(?:en)?|video)\s*:\s*[^:]{3,80})?\.?"
)
