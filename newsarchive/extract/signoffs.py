"""Sign-offs over a role line: the writer's name between the greeting and the role."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.names import is_role, signature


def signed_over_role(lines: list[str]) -> str | None:
    """The full name signing a post over a role line of its own ("Beste Grüße" / "Marco
    Pröll" / "Geschäftsführer": letters of small firms, associations and newsletters); the
    role line is a short one whose first word is a role (:func:`~.names.is_role`). Kind
    read in half W, judged on half Y."""
    if len(lines) < 3:
        return None
    role = lines[-1].translate(data.INVISIBLE).strip()
    if not (data.CLOSING_ROLE_LINE.fullmatch(role) and is_role(role.lower())):
        return None
    name = signature(lines[:-1])
    return name if name and " " in name else None
