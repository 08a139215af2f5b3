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
    read = nodes[: data.BYLINE_MAX_NODES]
    for i in reversed(range(len(read))):
        text, skip = read[i]
        if skip or ":" not in text:
            continue
        if text.endswith(":") and i + 1 < len(read) and not read[i + 1][1]:
            text = f"{text} {read[i + 1][0]}"  # "<b>Berichterstatter:</b> A": a label's node
        match = data.LABELLED_CREDIT.fullmatch(text)  # (folded already)
        # (the office after the names left out first: "A, Pressereferentin" names no press)
        named = data.CREDIT_ROLE_TAIL.sub("", match.group("names")) if match else ""
        if match is None or data.SIGNATURE_NOT_NAMES.search(named):
            continue
        names = split_authors([named])[0]
        if names and all(" " in n and data.BYLINE_NAME.fullmatch(n) for n in names):
            return names
    return []
