"""Readers' comments closing the body as lines of text under their heading (issue 11,
:mod:`newsarchive.extract.commentlines`): a blog's, a club page's or a diary's comments the
tree gives no mark of (the heading a bold paragraph, or a heading word the tree's
:data:`~.bodylines.COMMENTS_HEADING` does not know). Read on en_s (Greymatter's
"Comments", blosxom's "3 writebacks"), de_full46 (pluck's "Reaktionen"), dates_ba and
en_l (a spaces blog's "Trackbacks")."""

from __future__ import annotations

import re

#: The heading: "Comments", "3 writebacks", "Kommentare (2)", "Reaktionen", "Trackbacks",
#: "Leserkommentare:". Not "Antworten" or "Replies": a forum's or a Q&A page's answers are
#: its text.
COMMENTS_LINE_HEADING = re.compile(
    r"(?:\d+\s+)?(?:leser)?(?:kommentare|comments|reaktionen|writebacks|trackbacks)"
    r"(?:\s*[(\[]\d+[)\]])?\s*:?",
    re.IGNORECASE,
)
COMMENTS_LINE_HEADING_MAX_CHARS = 30
#: A comment form's prompt or a trackback's address label after the heading ("Add A New
#: Comment", "Add a writeback:", "Leave a Reply", "Kommentar schreiben", "Schreibe einen
#: Kommentar", "The trackback URL for this entry is:").
COMMENT_FORM_LINE = re.compile(
    r"(?:add|post|leave|write)\s+(?:a\s+)?(?:new\s+)?(?:comment|writeback|reply)\b.{0,30}"
    r"|(?:neuen\s+)?kommentar\s+(?:schreiben|verfassen|hinterlassen|abgeben)\b.{0,30}"
    r"|schreib(?:e|en sie)?\s+(?:einen|ihren|deinen)\s+kommentar\b.{0,30}"
    r"|the trackback url for this entry.{0,20}",
    re.IGNORECASE,
)
COMMENT_FORM_MAX_CHARS = 60
#: A comment's first line that names its writer: "hmb wrote: …", "Jens schrieb: …" (a
#: writer of up to three words, no article or pronoun).
COMMENT_WROTE = re.compile(
    r"(?!(?:the|a|he|she|it|we|they|der|die|das|er|sie|es|wir|ich)\s)"
    r"[\w][\w.'-]*(?:\s+[\w][\w.'-]*){0,2}\s+(?:wrote|schrieb|says|sagt|meint)\s*:",
    re.IGNORECASE,
)
#: A comment's short first line with its day ("Thermiksegler (22.09.2010)", "22.06.2006
#: 10:30 – Ulla: Schöne Fahrt, gern wieder!"): a line of up to this many characters.
COMMENT_DAY_LINE_MAX_CHARS = 80
#: A mail's signature delimiter alone on its line ("-- ", RFC 3676; "--" once stripped): in
#: a mailing list's archive (pipermail, hypermail), a newsgroup's post or a mail kept as a
#: page, the writer's name, role and list footer, the quoted mail ("X wrote:", "> …") and the
#: thread's other posts follow it; none of it is the text (read on en_h's and de_full13's
#: list archives, de_full25's and aq's newsgroup posts, be's; bc, bd, bs, bv, bz, dates_bc,
#: dates_s print it too, with no text after it). From the body's
#: :data:`MAIL_SIGNATURE_MIN_INDEX`-th line on, it and every line after it leave.
MAIL_SIGNATURE_DELIMITER = re.compile(r"--\s*")
MAIL_SIGNATURE_MIN_INDEX = 2
