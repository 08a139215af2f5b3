"""Data for a photo gallery's captions read as the text
(:mod:`~newsarchive.extract.gallerycaptions`)."""

from __future__ import annotations

import re

#: A slide's counter alone in its element ("Bild 4 von 9", "Foto 2/6", "Image 3 of 8").
GALLERY_COUNTER = re.compile(r"(?:bild|foto|image|photo)\s+\d{1,3}\s*(?:von|/|of)\s*\d{1,3}", re.I)
#: A gallery needs this many counted slides (a single "Bild 1 von 1" is a picture).
GALLERY_MIN_SLIDES = 3
#: A caption read as text has at least this many characters (a slide's "Impressionen" no).
GALLERY_CAPTION_MIN_CHARS = 40
#: A photographer's credit beside the caption ("© Foto: A", "Foto: A", "Bild: A").
GALLERY_CREDIT = re.compile(r"(?:©|\(c\)|foto\s*:|fotos\s*:|bild\s*:|credit\s*:)", re.I)
#: The slide around a counter lies at most this many levels above it.
GALLERY_SLIDE_DEPTH = 4
#: Class parts of a gallery's slider around its slides (replaced by the captions' paragraphs).
GALLERY_CLASS_PARTS = ("gallery", "galerie", "slider", "swiper", "carousel", "slides")
