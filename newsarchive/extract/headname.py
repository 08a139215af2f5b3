"""A writer's full name alone right under the headline ("Maren Hellwig" in its own element,
perhaps after the date or the section): the page's byline, where nothing else names anyone
but the site (issue 11, session 54). Not a label's value ("Kategorie:" A), a sentence's
object ("Mit" A "sprach B"), a person the headline names, nor a card over a role line
("Entwickler", "Schreibt über Geld."): those stay the name-card rules' or nobody's."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.namedate import headline_index
from newsarchive.extract.names import is_org_name
from newsarchive.extract.text import fold


def head_name(nodes: list[tuple[str, bool]], title: str | None, lead: str | None) -> list[str]:
    """The full name standing alone in one of the first :data:`~.data.HEAD_BARE_NAME_NODES`
    nodes under the chosen headline among ``nodes`` (outside skipped parts; the page's
    description ``lead`` passed over), or [] (see the module)."""
    head = headline_index(nodes, title)
    if head is None:
        return []
    skip_lead = fold(lead or "").casefold()
    window = [*nodes[head : head + 2 + data.HEAD_BARE_NAME_NODES], ("", False)]
    for i in range(1, min(len(window) - 1, data.HEAD_BARE_NAME_NODES + 1)):
        text, skipped = window[i]
        line = " ".join(text.split())
        if skipped or line.casefold() == skip_lead:
            continue
        if not (data.HEAD_BARE_NAME.fullmatch(line) and opens_with_given_name(line)):
            continue
        before, after = window[i - 1][0].split(), " ".join(window[i + 1][0].split())
        last = before[-1].casefold() if before else ""
        if (
            last.endswith(":")
            or last in data.HEAD_BARE_NAME_OBJECT
            or data.HEAD_BARE_NAME_LABEL.fullmatch(" ".join(before))
            or data.HEAD_BARE_ROLE.fullmatch(after)
            or line.casefold() in fold(title or "").casefold()
            or is_org_name(line)
        ):
            return []
        return [line]
    return []
