"""A closing signature with the writer's role in brackets or opened by a dash or "Eure"
("Sandra Pietsch (Vorsitzende)", "– Uwe Quast (Kassenwart)", "Eure Sabine Oltrogge,
Vorsitzende", "~ Jan Roth, Sprecher"; :data:`~.data.BRACKET_ROLE_SIGNATURE`), read as the
plain "Name, Role" line :func:`~.rolesign.role_signature` reads. Kind read in eight read
sets (issue 11, ra35); the tilde in session 45."""

from __future__ import annotations

from newsarchive.extract import data


def as_role_line(line: str) -> str:
    """``line`` as "Name, Role" where it is such a signature, else unchanged."""
    if not line or not (
        line[0] in "–—~" or line.endswith(")") or line.startswith(("Eure", "Euer", "--"))
    ):
        return line  # (most lines: no search)
    match = data.BRACKET_ROLE_SIGNATURE.fullmatch(line)
    if not match or (match.group("dash") and not match.group("bracketed")):
        return line  # ("– A, aus B": a list's item)
    return f"{match.group('name')}, {match.group('role') or match.group('bracketed')}"
