"""The name in an author box under "Über die Autorin" (issue 11): read where no byline names
the writer (:func:`author_box`)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import comment_part
from newsarchive.extract.index import form_part, in_order, page_index
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold


def author_box(tree: etree._Element) -> list[str]:
    """The name in an author box under "Über die Autorin" (:data:`~.data.AUTHOR_BOX_HEADING`):
    a sibling that is a name alone, or the name opening the biography; or the name in the
    heading itself, after its colon, where no heading stands alone."""
    index = page_index(tree)
    boxes = [
        e
        for e in in_order(*(index.tags[tag] for tag in data.AUTHOR_BOX_TAGS))
        # (not the body's classes: Twenty Twenty's "showing-comments" names the whole page)
        if not any(_comment_or_form(a) for a in e.iterancestors() if a.tag not in ("body", "html"))
    ]
    headings = [e for e in boxes if data.AUTHOR_BOX_HEADING.fullmatch(fold(element_text(e)))]
    named = (
        [] if headings else [data.AUTHOR_BOX_NAMED.fullmatch(fold(element_text(e))) for e in boxes]
    )
    for match in [m for m in named if m][: data.AUTHOR_BOX_MAX]:
        if not data.SIGNATURE_NOT_NAMES.search(match.group("name")):
            return [match.group("name")]  # "Über die Autorin: Lena Hartwig" (session 43)
    for heading in headings[: data.AUTHOR_BOX_MAX]:
        for sibling in list(heading.itersiblings(etree.Element))[: data.AUTHOR_BOX_SIBLINGS]:
            text = fold(element_text(sibling))
            if data.BYLINE_NAME.fullmatch(text) and not data.SIGNATURE_NOT_NAMES.search(text):
                return [text]
            opening = re.match(rf"({data.BYLINE_NAME.pattern}){data.BOX_NAME_END}", text)
            name = opening.group(1) if opening else ""  # not "Das Redaktionsteam der …"
            if " " in name and not data.SIGNATURE_NOT_NAMES.search(name):
                return [name]
    return []


def _comment_or_form(element: etree._Element) -> bool:
    return form_part(element) or comment_part(element)
