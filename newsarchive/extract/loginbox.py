"""A login's owner named in the author box headed by the login: "Über pixelpaula" over
"Paula Brandes spielt seit 2019 …" (WordPress themes head the box "Über" or "About" and the
display name, which a login fills; issue 11, session 58: read on gaming and hobby blogs, bh
and l)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.index import visible_text
from newsarchive.extract.names import is_login


def login_box_owner(name: str, tree: etree._Element) -> str:
    """The full name opening the text after "Über ``name``" (:data:`~.data.LOGIN_BOX_HEAD`)
    where ``name`` is a login (:func:`~.names.is_login`) and that text opens with a given
    name and a surname; else ``name``."""
    if not is_login(name):
        return name
    visible = visible_text(tree)
    if not visible or name not in visible:
        return name
    head = re.compile(data.LOGIN_BOX_HEAD.pattern.replace("LOGIN", re.escape(name)))
    for match in head.finditer(visible):
        owner = f"{match.group('first')} {match.group('last')}"
        if opens_with_given_name(owner):
            return owner
    return name
