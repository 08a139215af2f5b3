"""A theme's modification day in a block of its own (issue 11, session 24)."""

from __future__ import annotations

#: Class or id words of a block showing the day a post was last modified, beside or above its
#: publication day: WordPress block themes' "wp-block-post-date__modified-date" (the Post Date
#: block set to the modified date), themes' "post-modified", "last-modified", "modified-date"
#: blocks. The day of the change, not of the publication, so such a part is passed over like
#: the other parts with other dates (:data:`~newsarchive.extract.data.VISIBLE_DATE_SKIP_WORDS`);
#: hAtom's "updated" stays read (WordPress prints it on the published ``<time>`` too).
MODIFIED_DATE_PARTS = ("modified",)
