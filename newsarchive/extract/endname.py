"""A full name alone closing the text as found, the writer's sign-off (a local paper's
"<p class="autor"><em>Petra Lohmann</em></p>" under the report), which the body's cleaning
drops as a byline: read where nobody but the site or an account is credited, after a line
ending a sentence, opening with a common given name and naming no group (kind read on
de_full97, session 33, issue 11)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.text import drop_invisible, fold


def end_name(found: list[str]) -> str | None:
    """The full name alone in the last of the ``found`` body lines (see the module)."""
    if len(found) < 2:
        return None
    last = fold(drop_invisible(found[-1])).strip()
    if (
        " " in last
        and data.BYLINE_NAME.fullmatch(last)
        and all(w[:1].isupper() for w in last.split())  # ("A von der Jugendabteilung")
        and opens_with_given_name(last)
        and not data.SIGNATURE_NOT_NAMES.search(last)
        and data.LAST_SENTENCE.fullmatch(fold(found[-2]).strip())
    ):
        return last
    return None
