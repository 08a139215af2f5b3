"""Data for a document or photo host's upload label (issue 11): the day a document or picture
was put on its own page is that page's publication, read by
:mod:`~newsarchive.extract.uploadlabel` as a creation's label."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import _WEEKDAY

#: The whole head of a date line naming an upload on the host's page of that document or
#: picture, ranked as the creation's label (the second of :data:`DATE_LABEL_RANKS`): a document
#: host's "Hochgeladen am 08.06.2017 · 556 Ansichten", "Date Added:" | "12/1/2010", "Uploaded
#: on", "Added on", "Hinzugefügt am", a photo community's "Foto vom:" (with its colon: a
#: caption's "Foto vom 3. Mai" may show an older day). The label opens its line with a capital
#: (``(?-i:…)``): a lowercase "hochgeladen am" runs on from an attachment's link
#: ("Kurzfassung (PDF, 412 KB) hochgeladen am …"), the file's own stamp.
DATE_UPLOAD_LABEL = re.compile(
    r"\W*(?:(?-i:Date|DATE)\s+added|(?-i:H)(?:ochgeladen|inzugefügt)|(?-i:A)dded|(?-i:U)ploaded"
    r"|(?-i:F)oto\s+vom\s*:)"
    rf"\s*(?:am|vom|on|:)?\s*:?\s*{_WEEKDAY}",
    re.IGNORECASE,
)
#: A node naming a file (its type and size, "Kurzfassung der Studie (PDF, 412 KB)", or its
#: name, "flyer.pdf") just before an upload label: the label is that attachment's, not the
#: page's.
DATE_UPLOAD_FILE = re.compile(
    r"\b(?:pdf|docx?|xlsx?|pptx?|odt|zip|jpe?g|png|mp3|mp4)\b|\d\s*(?:[kmg]i?b|bytes?)\b",
    re.IGNORECASE,
)
