"""Data for a CMS's field naming the article's writers
(:mod:`~newsarchive.extract.writerfield`): Drupal's labelled field, ``<div class="field
field--name-field-autorin field--label-inline"><div class="field__label">Autorin</div><div
class="field__item">A</div>``, under a node posted by an account ("redaktion",
"cm_redaktion", "thesis-admin"). Session 66, read on de_full694 and de_full707, found on
de_full207, de_full301, de_full445 and de_full640: 6 set pages whose account stood for the
writers such a field names."""

from __future__ import annotations

import re

#: A field's machine name naming writers (the class after ``field--name-field-``): the
#: author, the original authors, the writer of a thesis ("verfasser"), the interviewer
#: ("interview-von"); whatever the label shown over it ("Verfasst vom Vorstand",
#: "Interview"). Not an interviewee's field ("interviewpartner") nor a bio ("autor-bio").
WRITER_FIELD_NAME = re.compile(
    r"field--name-field-(?:original)?(?:autor(?:in|en|innen)?|verfasser(?:in)?|authors?|"
    r"interview-von)(?:\s|$)"
)
#: The longest item of such a field read as names (characters): a longer one is a text.
WRITER_FIELD_ITEM_MAX_CHARS = 80
