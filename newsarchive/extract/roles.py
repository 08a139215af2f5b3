"""A role word before a name in a byline ("Redakteur Martin Scholz", "Energieberaterin Frauke
Ohm"): :data:`~newsarchive.extract.data.LEADING_ROLE_WORDS` or a compound ending in a role
(:data:`~newsarchive.extract.data.LEADING_ROLE_ENDINGS`, :data:`~.data.ROLE_ENDINGS`) or a
profession (:data:`~.data.LEADING_PROFESSION_ENDINGS`: "Notar Dr. A", "Innenarchitektin B")."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name, without_titles


def leading_role(word: str) -> bool:
    """True for a byline's first word that is a role, not the name's first part."""
    low = word.lower().strip(".,:")
    if low in data.LEADING_ROLE_WORDS or low in data.LEADING_OFFICE_WORDS:
        return True
    compounds = data.LEADING_ROLE_COMPOUND_ENDINGS + data.ROLE_ENDINGS + data.LEADING_WORK_ENDINGS
    return word[:1].isupper() and (
        low.endswith(data.LEADING_ROLE_ENDINGS + data.LEADING_PROFESSION_ENDINGS)
        or any(low.endswith(e) and len(low) > len(e) for e in compounds)
    )


def without_leading_roles(name: str) -> str:
    """The name without the role words before it, where two words or more stay ("Eure
    Kassenwartin Gisela Marquardt" signed, "ein Gastbeitrag von Energieberaterin Frauke
    Ohm": the signature's and the guest's name as the byline's; an office with its field,
    "Attorney General A", "Banking Commissioner B": :data:`~.data.LEADING_OFFICE_WORDS`)."""
    words = name.split()
    if len(words) > 3 and words[1].lower() in data.LEADING_OFFICE_WORDS:
        words = words[1:]  # "Banking Commissioner Daniel Okafor": the office's field
    while len(words) > 2 and (leading_role(words[0]) or data.NAME_LEAD_WORD.fullmatch(words[0])):
        words = words[1:]
    if len(words) < len(name.split()) and not data.BYLINE_NAME.fullmatch(
        without_titles(" ".join(words))  # ("StB Dr. A": "Dr. A" is a person's name)
    ):
        return name  # ("Ihr Praxisteam der Tierklinik": no person's name after the word)
    return " ".join(words)


def role_led_name(part: str) -> bool:
    """Whether a byline part after the first name is a person's full name, opening with a
    given name, led by a role word ("Rechtsanwältin Dilara Yıldız", "Redakteur Jan Ott"): a
    second writer, not the first one's role (session 62, read on de_full289, de_full546)."""
    words = part.strip(" .,;:").split()
    if len(words) < 3 or not leading_role(words[0]):
        return False
    rest = without_leading_roles(" ".join(words))
    if rest == " ".join(words) or not opens_with_given_name(rest):
        return False  # ("Senior Malware Analyst", "Bezirk Amstetten": no person's name)
    return data.BYLINE_NAME.fullmatch(without_titles(rest)) is not None


def is_role(text: str) -> bool:
    """True for a byline part that opens with a role ("leiterin digitalkommunikation"),
    ends in one ("product manager", :data:`~.data.ROLE_LAST_WORDS`) or names an
    organisational unit ("referat verbraucherschutz", "investor relations")."""
    words = [w.strip(".,:") for w in text.split()] or [""]
    first, last = words[0], words[-1]
    if first.endswith("-") and len(words) > 2 and words[1] in ("und", "oder"):
        first = words[2]  # "installateur- und heizungsbauermeister": the shared compound's end
    if any(mark in text for mark in data.QUALIFICATION_MARKS) or any(
        first.endswith(e) and len(first) > len(e) for e in data.LEADING_ROLE_COMPOUND_ENDINGS
    ):
        return True  # "cfp®"; "hörakustikmeisterin" (no bare "meister": a surname too)
    starts = (
        data.ROLE_ENDINGS
        + data.TRAILING_ROLE_ENDINGS
        + data.NEWSROOM_ROLE_ENDINGS
        + data.ORG_UNIT_FIRST_ENDINGS
        + data.TRAILING_PROFESSION_ENDINGS
        + data.TRAILING_OFFICE_ENDINGS
    )
    ends = last.endswith(data.ORG_UNIT_LAST_ENDINGS) or (
        len(words) > 1 and last in data.ROLE_LAST_WORDS
    )
    return bool(first) and (first in data.ROLE_WORDS or first.endswith(starts) or ends)
