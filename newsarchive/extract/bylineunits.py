"""A byline part after a name that names the writer's department or academic home, not a
second writer ("Autor: A, Digitalvertrieb", "Von A, Universität Mannheim")."""

from __future__ import annotations

from newsarchive.extract import data


def is_unit(text: str) -> bool:
    """True for a byline part (lower case) after a name naming the writer's department
    ("digitalvertrieb", "digital economy program": :data:`~.data.BYLINE_UNIT_ENDINGS` ends
    its last word) or academic home ("universität mannheim", "hochschule osnabrück",
    "historisches institut": :data:`~.data.ACADEMIC_HOME_ENDINGS` ends its first or last) or
    local office ("innenstadtbüro oberrodach": :data:`~.data.OFFICE_FIRST_ENDINGS` ends the
    first)."""
    words = [w.strip(".,:") for w in text.split()]
    return bool(words) and (
        words[-1].endswith(data.BYLINE_UNIT_ENDINGS)
        or words[0].endswith(data.ACADEMIC_HOME_ENDINGS + data.OFFICE_FIRST_ENDINGS)
        or words[-1].endswith(
            data.ACADEMIC_HOME_ENDINGS
        )  # "Jade Hochschule", "Historisches Institut"
    )
