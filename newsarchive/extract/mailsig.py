"""A mail's signature delimiter ("-- ") closing the text of a mail or a post kept as a page
(:data:`~newsarchive.extract.data.MAIL_SIGNATURE_DELIMITER`): the signature, the list's
footer, the quoted mail and the thread's other posts after it leave."""

from __future__ import annotations

from newsarchive.extract import data


def without_mail_signature(lines: list[str]) -> list[str]:
    """``lines`` up to the first signature delimiter from
    :data:`~newsarchive.extract.data.MAIL_SIGNATURE_MIN_INDEX` on (text stands above it)."""
    for i in range(data.MAIL_SIGNATURE_MIN_INDEX, len(lines)):
        line = lines[i]
        if line.startswith("--") and data.MAIL_SIGNATURE_DELIMITER.fullmatch(line):
            return lines[:i]
    return lines
