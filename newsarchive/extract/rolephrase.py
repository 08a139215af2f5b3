"""A role phrase after a name in a byline ("Von Anna Roth, Mitglied des Vorstands der X",
"Autorin: A, Präventionsteam der Polizei Y", "By A, Head of Product"): a comma part that
is no name because a lower-case joining word (:data:`~.data.ROLE_PHRASE_LINKS`) stands
inside it. Kind read in ab, ac, aj, ak, bg, k and en_m (issue 11, ra35)."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.bylineunits import is_unit
from newsarchive.extract.roles import is_role, role_led_name


def is_role_phrase(part: str) -> bool:
    """Whether a byline part after a name is a role phrase: capitalised, no name particle
    first, a joining word inside it that no name particle stands before."""
    words = part.strip(" .,;:").split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0] in data.NAME_PARTICLES:
        return False
    return any(
        w in data.ROLE_PHRASE_LINKS and words[i - 1].lower() not in data.NAME_PARTICLES
        for i, w in enumerate(words[1:], start=1)
    )


def without_role_asides(text: str) -> str:
    """``text`` without the bracketed asides after its names (:data:`~.data.NAME_ASIDE`),
    save those naming an agency ("(dpa)", "(mit Material der dpa)"); as it stands where one
    credits pictures ("A (Text) und B (Bilder)": the picture credit sorts its name out)."""
    if "(" not in text:
        return text
    asides = [m.group("aside").strip().lower() for m in data.NAME_ASIDE.finditer(text)]
    if not asides or any(data.PICTURE_NAME.match(f"({a})") for a in asides):
        return text

    def keep(match: re.Match[str]) -> str:
        words = re.split(r"[\s,/]+", match.group("aside").strip(" ().,;:").lower())
        return match.group(0) if any(w in data.AGENCIES for w in words) else ""

    return data.NAME_ASIDE.sub(keep, text)


def is_role_part(part: str) -> bool:
    """Whether a byline part after a name is that writer's role, not another writer: a role
    (:func:`~.roles.is_role`), a role phrase, an organisational unit ("Birgit Wolf, Leiterin
    Digitalkommunikation"), but no full name a role word leads ("…, und Rechtsanwältin Dilara
    Yıldız": :func:`~.roles.role_led_name`)."""
    low = part.strip(" .,;:()").lower()
    return (is_role(low) or is_role_phrase(part) or is_unit(low)) and not role_led_name(part)
