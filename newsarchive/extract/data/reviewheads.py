"""A review's own heading under the business or product it reviews
(:mod:`newsarchive.extract.reviewhead`)."""

from __future__ import annotations

import re

#: A class word marking a review ("<div class='review'>", "<li class='review-item'>",
#: "<div class='bewertung'>"): a heading inside such a block, or a block classed as a
#: review's heading, is the review's own headline. Review portals (Yelp, golocal,
#: kennstdueinen, Trustpilot, ciao) print the business's name as the <h1> and the review's
#: heading under it. Kind read in cd and cj (session 24).
REVIEW_CLASS = re.compile(r"review|bewertung|rezension|recension|testimonial", re.IGNORECASE)
#: A class naming a review's heading itself ("review-title", "review-headline",
#: "bewertung_titel", "reviewHeading").
REVIEW_HEADING_CLASS = re.compile(
    r"(?:review|bewertung|rezension)[_-]?(?:title|titel|headline|heading|head|subject|"
    r"ueberschrift)",
    re.IGNORECASE,
)
#: Heading tags read inside a review block.
REVIEW_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5"})
#: Elements classed as a review's heading may be any of these.
REVIEW_HEADING_CLASS_TAGS = frozenset(
    {"h2", "h3", "h4", "h5", "p", "div", "span", "strong", "b", "a"}
)
#: A list's or a section's heading over reviews, never one review's ("Weitere Bewertungen",
#: "Empfohlene Bewertungen", "Customer reviews (12)", "Alle Erfahrungen").
REVIEW_LIST_WORDS = re.compile(
    r"bewertung|review|rezension|empfehlung|erfahrung|kommentar|comment|meinung|testimonial",
    re.IGNORECASE,
)
#: A review's heading has this many words.
REVIEW_HEADING_WORDS = (2, 20)
#: The review's block holds this many characters of text or more: a written review, not
#: a star rating's caption.
REVIEW_MIN_TEXT = 200
