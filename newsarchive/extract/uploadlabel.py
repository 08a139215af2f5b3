"""A document or photo host's upload label ("Hochgeladen am 08.06.2017", "Date Added:",
"Foto vom:") opening a date line: the day the document or picture was put on its page, ranked
as a creation's label by :func:`~newsarchive.extract.dateline.date_line`; not an
attachment's own stamp after its file's link ("… (PDF, 412 KB) hochgeladen am …")."""

from __future__ import annotations

from newsarchive.extract import data


def upload_label(texts: list[tuple[str, bool]], i: int, head: str, own: bool) -> bool:
    """True when ``head``, the text before a date in text node ``i`` (``own``) or the node
    before it, is a host's upload label
    (:data:`~newsarchive.extract.data.DATE_UPLOAD_LABEL`) with no file named in the node
    before the label (:data:`~newsarchive.extract.data.DATE_UPLOAD_FILE`)."""
    if not data.DATE_UPLOAD_LABEL.fullmatch(head):
        return False
    before = i - 1 if own else i - 2
    return before < 0 or not data.DATE_UPLOAD_FILE.search(texts[before][0][-80:])
