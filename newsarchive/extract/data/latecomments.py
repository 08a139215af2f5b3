"""Readers' comments after a post under a heading that does not open its block
(:mod:`newsarchive.extract.latecomments`; a diary's, a wiki's, a guest book's and a news
CMS's comments after the post and its mood or rating line, read on bw, bt, bp, be, at, u and
dates_ax, issue 11; rejected in session 16 as read sets only, kept in session 18 (rb27)
when the new blind judge cb rose)."""

from __future__ import annotations

#: The text (folded characters) the blocks before a comments heading must hold for the
#: heading to close the post rather than head it (a "3 Kommentare" link above the text).
LATE_COMMENTS_MIN_CHARS = 200
#: How much text after a comments heading (characters) is searched for a comment's day.
LATE_COMMENTS_LOOK_CHARS = 300
