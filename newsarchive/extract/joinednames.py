"""The found author's name shown with others joined to it, each a node of its own with no
lead word before them ("<a>A</a> and <a>B</a>", "<a>A</a>, <a>B</a>": a theme's author
links under the headline where the metadata credits the first writer only; issue 11,
session 40, read on en_n)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name, without_titles
from newsarchive.extract.names import split_authors
from newsarchive.extract.rolephrase import without_role_asides
from newsarchive.extract.text import fold


def joined_names(names: list[str], nodes: list[tuple[str, bool]]) -> list[str]:
    """``names`` and the full names joined to one of them in the first
    :data:`~.data.FULLER_BYLINE_NODES` text nodes (outside skipped parts), read as a byline
    ("Von A und B": places, roles and agencies sorted out); empty where none is."""
    found = {fold(n).lower() for n in names}
    window = nodes[: data.FULLER_BYLINE_NODES]
    for i, (node, skip) in enumerate(window):
        text = without_role_asides(node).strip()  # "Dr. A (Hüttenreferent)" (session 63)
        if skip or fold(text).lower() not in found:
            continue
        line, j = text, i
        while (
            j + 2 < len(window)
            and not window[j + 2][1]
            and data.BYLINE_JOINER.fullmatch(window[j + 1][0])
            and _joined_name(window[j + 2][0], given=" " not in text)
        ):
            line, j = f"{line} {window[j + 1][0]} {window[j + 2][0]}", j + 2
        if j == i:
            line = ", ".join([text, *field_items(window, i)])  # "Text" <div>A</div> <div>B</div>
        if line == text:
            continue
        shown, agencies = split_authors([f"Von {line}"])
        extra = [n for n in shown if fold(n).lower() not in found]
        # (a person's name has at most :data:`~.data.JOINED_NAME_MAX_WORDS` words: "A, Duluth
        # Personal Finance Examiner" names the paper)
        short = all(len(n.split()) <= data.JOINED_NAME_MAX_WORDS for n in extra)
        if extra and short and not agencies and found <= {fold(n).lower() for n in shown}:
            return [*names, *extra]
    return []


def _joined_name(node: str, given: bool) -> bool:
    """Whether a node joined to the found name is a full name ("Dr. B" too), or, where the
    found name is one word (``given``: a site that credits its writers by their given names),
    a given name alone ("<a>Sandra</a> und <a>Marco</a>"; session 65, read on de_full650,
    de_full665 and de_full671)."""
    if given and " " not in node:
        return opens_with_given_name(node)
    return " " in node and data.BYLINE_NAME.fullmatch(without_titles(node)) is not None


def field_items(nodes: list[tuple[str, bool]], i: int) -> list[str]:
    """The full names, each opening with a given name, in the nodes right after node ``i``
    where the node before it is a label alone (:data:`~.data.FIELD_ITEMS_LABEL`): a field,
    one name an item ("Von" or "Text" over <div>A</div> <div>B</div>: Drupal's
    ``field__items``; session 59, read on de_full430 and de_full451)."""
    if not (i and data.FIELD_ITEMS_LABEL.fullmatch(nodes[i - 1][0])):
        return []
    names = []
    for item, _ in nodes[i + 1 : i + data.PLURAL_LABEL_NAMES]:
        text = without_role_asides(item).strip()  # "Sabine Eder (Schatzmeisterin)" (s. 63)
        name = without_titles(text)  # "Dr. Ute Sandmann" (session 62)
        if not (" " in name and data.BYLINE_NAME.fullmatch(name) and opens_with_given_name(text)):
            break
        names.append(text)
    return names
