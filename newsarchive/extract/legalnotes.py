"""The standing legal and regulatory notes under a text ("Alle Angaben ohne Gewähr.",
"Past performance is no guarantee of future results.", "Member FDIC.", "… is authorised and
regulated by the Financial Conduct Authority"; :data:`~newsarchive.extract.data.LEGAL_NOTE`,
:data:`~newsarchive.extract.data.LEGAL_STATUS`): a site's fine print, not the article's."""

from __future__ import annotations

from newsarchive.extract import data


def is_legal_note(line: str, closing: bool) -> bool:
    """Whether ``line`` is a legal note: one opening with it anywhere, one holding a firm's
    regulatory status only among the text's closing lines (``closing``)."""
    if len(line) <= data.CONSENT_NOTICE_MAX_CHARS and data.CONSENT_NOTICE.match(line):
        return True  # "Wir verwenden Cookies und ähnliche Technologien, um …"
    if len(line) > data.LEGAL_NOTE_MAX_CHARS:
        return False
    if data.LEGAL_NOTE.match(line):
        return True
    return (
        closing
        and data.LEGAL_STATUS.search(line) is not None
        and not data.LEGAL_REPORTED.search(line)
    )
