"""Translators' credits (issue 11, session 57): read by
:mod:`newsarchive.extract.translators` and :func:`~newsarchive.extract.bylines.text_bylines`."""

from __future__ import annotations

import re

#: A credit naming who translated the text: "Translated from German by Lisa Gorman.",
#: "Translated by Owen Fairley", "This article was translated from German by Ruth Bancroft",
#: "Übersetzt aus dem Englischen von A", "Übersetzung: A", "Aus dem Englischen von A". The
#: names follow, up to a sentence's end or a separator; a translator is no writer of the text,
#: where the metadata lists one among its authors (a translation desk's JSON-LD; read on
#: en_cu and en_ct, whose judges name the writers only).
TRANSLATOR_CREDIT = re.compile(
    r"(?:\btranslated(?:\s+(?:from|into)\s+\w+)?\s+by|\bübersetzt(?:\s+aus\s+dem\s+\w+)?\s+von|"
    r"\bübersetzung(?:\s+aus\s+dem\s+\w+)?\s*:|\baus\s+dem\s+(?:englischen|französischen|"
    r"spanischen|italienischen|niederländischen|polnischen)\s+(?:übersetzt\s+)?von)"
    r"\s+(?P<names>[^.·|<>()]{3,80})",
    re.IGNORECASE,
)
#: Only text nodes this short are read for a translator's credit (a credit line; a long
#: paragraph mentioning a translation is none).
TRANSLATOR_CREDIT_MAX_CHARS = 300
#: A translator's credit after the writers in one byline ("By A and B. Translated from
#: German by C."): cut before the byline is read.
TRANSLATOR_TAIL = re.compile(
    r"\s*[.·|,;–-]?\s*(?:(?:this\s+article\s+was\s+)?translated\b|übersetzt\b|übersetzung\s*:)"
    r".*$",
    re.IGNORECASE,
)
#: A picture credit naming who made the pictures (session 67): "Fotos: Jana Weber", "Foto:
#: Lisa Graf", "Illustration: Pia Mertens", "Bilder: A und B", "Photos: A". A person the
#: metadata lists among the authors beside the writer ("Text: Jonas Reiser · Fotos: Petra
#: Lindqvist" under the headline, both in JSON-LD) whom the page credits only so is no writer
#: (:func:`~newsarchive.extract.translators.without_photographers`). A credit of the text
#: and the pictures together ("Text und Fotos: A", "Text/Fotos: A") credits a writer.
_PICTURES = (
    r"(?:fotos?|bild(?:er)?|illustrations?|illustrationen|grafik(?:en)?|fotografie|photos?|"
    r"photography|pictures?|images?)\s*:"
)
PICTURE_CREDIT = re.compile(
    rf"(?<![\w&/])(?<!und )(?<!and )(?<!& ){_PICTURES}\s*(?P<names>[^:·|•;()<>]{{2,80}})",
    re.IGNORECASE,
)
#: A picture credit's label alone in its node, the names in the next ("Illustration:" <a>A</a>).
PICTURE_CREDIT_LABEL = re.compile(rf"(?:©\s*)?{_PICTURES}", re.IGNORECASE)
#: Only text nodes this short are read for picture credits and a name's other mentions.
PICTURE_CREDIT_MAX_CHARS = 300
