"""The academic title a byline shows before a name the metadata gives bare (issue 11,
session 35): JSON-LD and meta tags name "Anna Berger" while the byline shows "Dr. Anna
Berger" in a node of its own; the writer is cited as the page shows the name, titles
kept (as the dev truth and the later judge sets keep them). A name the metadata spells
without its marks ("Selin Aydin") is cited as the byline spells it ("Selin Aydın";
:func:`shown_spellings`)."""

from __future__ import annotations

import re
import unicodedata

from newsarchive.extract import data


def _key(name: str) -> str:
    """``name`` compared without case and accents ("Koç" is "koc")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(data.FOLDED_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _keys(name: str) -> tuple[str, str]:
    """``name``'s :func:`_key` and its key with the umlauts spelled out ("Oelschlägel" as
    "oelschlaegel", as German ASCII spells it)."""
    return _key(name), _key(name.casefold().translate(data.SPELLED_UMLAUTS))


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def shown_spellings(names: list[str], nodes: list[tuple[str, bool]]) -> list[str]:
    """Each of ``names`` written in ASCII, spelled as the first
    :data:`~.data.SHOWN_SPELLING_NODES` text nodes spell it with marks (the same words by
    :func:`_keys`: "Aydin" shown "Aydın", "Reuss" shown "Reuß", "Oelschlaegel" shown
    "Oelschlägel"); the others as they are."""
    plain = {_key(w) for n in names if n.isascii() for w in n.split()}
    if not plain:
        return names
    words = [_WORD.findall(text) for text, _ in nodes[: data.SHOWN_SPELLING_NODES]]
    if not any(plain & set(_keys(w)) for line in words for w in line if not w.isascii()):
        return names  # (most pages: no name's word shown with a mark near the headline)
    shown: dict[str, str] = {}
    for line in words:
        for size in {len(n.split()) for n in names}:
            for start in range(len(line) - size + 1):
                form = " ".join(line[start : start + size])
                if not form.isascii():
                    for key in _keys(form):
                        shown.setdefault(key, form)
    return [shown.get(_key(n), n) if n.isascii() else n for n in names]


def shown_titles(names: list[str], nodes: list[tuple[str, bool]]) -> list[str]:
    """Each of ``names`` without a title, as a text node of the page shows it with its
    titles and nothing else (:data:`~.data.TITLED_NAME`) or a byline's text node among
    others ("Von Dr. A und B", "Eine Kolumne von Dr. A": :data:`~.data.TITLED_BYLINE_LEAD`);
    the others as they are."""
    if not names:
        return names
    shown: dict[str, str] = {}
    for text, _ in nodes:
        if len(text) <= data.TITLED_NAME_MAX_CHARS and (match := data.TITLED_NAME.fullmatch(text)):
            shown.setdefault(_key(match["name"]), text)
        elif len(text) <= data.TITLED_BYLINE_MAX_CHARS and (
            data.TITLED_BYLINE_LEAD.search(text) or data.TITLED_JOINED_NODE.match(text)
        ):
            for match in data.TITLED_NAME.finditer(text):
                words = match["name"].split()  # ("Dr. A B Redaktion": "A B" too)
                for end in range(len(words), 1, -1):
                    name = " ".join(words[:end])
                    shown.setdefault(_key(name), f"{match['titles']} {name}")
    if not shown:
        return names
    return [n if data.TITLED_NAME.fullmatch(n) else shown.get(_key(n), n) for n in names]
