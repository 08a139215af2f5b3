"""A post signed on behalf of a body at its end ("Für den Vorstand: Werner Ohlendorf",
"Nina Albrecht und Tobias Fromm für das Community-Team"; :data:`~.data.BEHALF_SIGNATURE`):
read where the byline credits nobody, the site or a login, like
:func:`~newsarchive.extract.rolesign.role_signature` (issue 11, halves AL's, AQ's, AX's and
AY's kind). Where the byline names one writer alone and such a line or a closing credit
("Text: A und B") names that writer with others, all of them are the authors
(:func:`with_co_writers`; halves AQ's, AS's, BF's and BK's kind)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.pairsign import closing_places
from newsarchive.extract.signatures import closing_credit
from newsarchive.extract.text import drop_invisible


def behalf_signature(lines: list[str]) -> list[str]:
    """The names of a closing line signed for a body, in the post's last
    :data:`~.data.CLOSING_SIGNATURE_LINES` lines with only short lines after it, or in the
    :data:`~.data.SIGNED_AFTER_LINES` lines right after the post's last sentence (the body
    runs on into a list of other posts, like :func:`~.pairsign.pair_signature`'s); after a
    line ending a sentence; every name a full one and no organisation's."""
    found = behalf_place(lines)
    return found[1] if found else []


def behalf_place(lines: list[str]) -> tuple[int, list[str]] | None:
    """Where :func:`behalf_signature`'s line stands in ``lines``, with its names."""
    places, after = closing_places(lines)
    for i in reversed(places):
        match = data.BEHALF_SIGNATURE.fullmatch(drop_invisible(lines[i]).strip())
        if (
            match is None
            or not lines[i - 1].rstrip().endswith((".", "!"))
            or (
                i not in after
                and any(
                    len(x.split()) >= data.CLOSING_SIGNATURE_AFTER_WORDS for x in lines[i + 1 :]
                )
            )
        ):
            continue
        names = data.BEHALF_SPLIT.split(match.group("names") or match.group("signers"))
        if all(
            data.BEHALF_NAME.fullmatch(n)
            and not data.FORMAL_SIGNATURE_NOT_NAMES.search(n)
            and not data.SIGNATURE_NOT_NAMES.search(n)
            and not data.SIGNATURE_GREETING.match(n)  # "Herzliche Grüße vom Bodensee"
            for n in names
        ):
            return i, names
    return None


def with_co_writers(
    authors: list[str], lines: list[str], nodes: list[tuple[str, bool]]
) -> list[str]:
    """The names of a closing credit (:func:`~.signatures.closing_credit`: "Text: Katrin Vogt
    und Ralf Oden") or of a closing line signed for a body (:func:`behalf_signature`) where
    the byline's one writer is among them with others; else ``authors``."""
    closing = closing_credit(nodes) or behalf_signature(lines) if len(authors) == 1 else []
    if len(closing) > 1 and authors[0].casefold() in (n.casefold() for n in closing):
        return closing
    return authors
