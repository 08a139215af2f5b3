"""A report's credit line in the forms :data:`~.data.CLOSING_CREDIT` leaves: a club
office's label ("Berichterstatter: A", "Pressewart: A und B"), the text joined to another
craft ("Fotos und Text: A"), the writer's office after the name ("Bericht: Tim Lorenz,
Kassenwart"), other credits after a full stop ("Redaktion: A. Gestaltung: B.")
(:data:`~.data.LABELLED_CREDIT`), read where nobody else is credited (issue 11; kinds read
in ao, bf, bg, bh, by, bz)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.names import split_authors


def labelled_credit(nodes: list[tuple[str, bool]]) -> list[str]:
    """The writers the last credit line in the first :data:`~.data.BYLINE_MAX_NODES` text
    nodes names (outside the flagged parts): every name a full one, none a group."""
    for text, skip in reversed(nodes[: data.BYLINE_MAX_NODES]):
        if skip or ":" not in text:
            continue
        match = data.LABELLED_CREDIT.fullmatch(text)  # (folded already)
        if match is None or data.SIGNATURE_NOT_NAMES.search(match.group("names")):
            continue
        names = split_authors([data.CREDIT_ROLE_TAIL.sub("", match.group("names"))])[0]
        if names and all(" " in n and data.BYLINE_NAME.fullmatch(n) for n in names):
            return names
    return []
