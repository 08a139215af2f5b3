"""Data for a byline part after a name that names the writer's department or academic home,
not a second writer (:mod:`newsarchive.extract.bylineunits`)."""

from __future__ import annotations

#: A byline part after a name whose last word ends in one of these is the writer's department,
#: not a second writer (a bank blog's "Autor: A, Digitalvertrieb", "Firmenkunden",
#: "Vermögensmanagement", "Marketing"; a think tank's "Digital Economy Program"): read only in
#: a byline's text, not in a sign block's lines (a press contact's "Kommunikation und
#: Marketing" under a name is no writer's role there; session 40, read on blind de_full147
#: and en_az).
BYLINE_UNIT_ENDINGS = (
    "program", "programme", "vertrieb", "kunden", "management", "marketing", "controlling",
    # a field of study or work ("Medienwirtschaft", "Wirtschaftsinformatik",
    # "Öffentlichkeitsarbeit"; session 44, read on cm and v)
    "wirtschaft", "informatik", "arbeit",
    # a team's field ("Fraud Prevention", "Digital Banking"; session 50, read on at; not
    # "media": "Social Media" is a category too, "… / Banken / Social Media / Twitter")
    "prevention", "banking",
)  # fmt: skip
#: ... or the first word of such a part ends in one of these: a guest writer's academic home
#: ("A, Universität Mannheim", "A, Hochschule Osnabrück", "A, Forschungsinstitut …";
#: session 44, read on cm).
ACADEMIC_HOME_ENDINGS = (
    "universität", "hochschule", "institut", "akademie", "fakultät", "lehrstuhl",
    "university", "research",
)  # fmt: skip
#: ... or the first word of such a part ends in one of these: a local office's or a group's
#: name ("A, Innenstadtbüro Oberrodach", "A, Stadtmarketing Ostwerder", "A, Arbeitskreis
#: Ortsgeschichte", "A, Hauptamt", "A, B, Wirtschaftsteam Münsterland"; session 66, read on
#: de_full524, found on de_full158, de_full632, de_full256 and dates_fm).
OFFICE_FIRST_ENDINGS = ("büro", "marketing", "kreis", "amt", "team")
