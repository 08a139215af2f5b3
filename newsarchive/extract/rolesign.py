"""A post signed at its end with a name and the writer's role on one line ("Konstantin
Roth, Geschäftsführender Gesellschafter" under a bank's news, "Ihr Bernd Lenz, Vorstand"
under a club's letter): read where the byline credits nobody, the site or a login, like
:func:`~newsarchive.extract.signatures.closing_signature` (issue 11, halves AW's and AX's kind);
and a signature right after the post's last sentence where the body runs on into a list of
other posts (:func:`signed_after_text`)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.bracketsign import as_role_line
from newsarchive.extract.signatures import signed_in_full
from newsarchive.extract.text import drop_invisible


def role_signature(lines: list[str]) -> str | None:
    """The name of a closing "Name, Role" line (:data:`~.data.ROLE_SIGNATURE`) in the post's
    last :data:`~.data.CLOSING_SIGNATURE_LINES` lines, after a line ending a sentence or a
    greeting ("Herzliche Grüße") and
    with only short lines after it; the name no organisation's, group's or greeting's."""
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        match = data.ROLE_SIGNATURE.fullmatch(as_role_line(drop_invisible(lines[i]).strip()))
        if (
            match
            and len(match.group("role").split()) <= data.ROLE_SIGNATURE_WORDS
            and (
                lines[i - 1].rstrip().endswith((".", "!"))
                or data.SIGNATURE_GREETING.fullmatch(lines[i - 1].strip())
            )
            and all(len(x.split()) < data.CLOSING_SIGNATURE_AFTER_WORDS for x in lines[i + 1 :])
            and not data.FORMAL_SIGNATURE_NOT_NAMES.search(match.group("name"))
            and not data.SIGNATURE_NOT_NAMES.search(match.group("name"))
            and not data.SIGNATURE_GREETING.fullmatch(match.group("name"))  # "Viele Grüße, …"
        ):
            return match.group("name")
    return None


def signed_after_text(lines: list[str], page_html: str) -> str | None:
    """The signature right after the post's last sentence (:data:`~.data.LAST_SENTENCE`)
    where the body ran on into a list of other posts: "Herzliche Grüße" / "Derya Yilmaz"
    over "Mehr aus dem Blog" and its titles."""
    last = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if len(lines[i].split()) >= data.LAST_SENTENCE_WORDS
            and data.LAST_SENTENCE.fullmatch(lines[i].strip())
        ),
        None,
    )
    if last is None or last == len(lines) - 1:
        return None  # (the post ends there: the body's own last line was read)
    for end in range(min(len(lines), last + 1 + data.SIGNED_AFTER_LINES), last + 1, -1):
        signed = signed_in_full(lines[:end], page_html) or role_signature(lines[:end])
        if signed:
            return signed
    return None
