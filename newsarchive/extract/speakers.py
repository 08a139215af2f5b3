"""A speech's speakers as its writers: the page of a manuscript ("Es gilt das gesprochene
Wort") names who gave it before the text, in a line ("Rede von Dr. A, Präsidentin, und B,
…, beim …") or a label ("Rednerin" A). Kind read on de_full325, de_full331, en_cp and en_cq
(issue 11, session 56); tables in :mod:`~newsarchive.extract.data.speeches`."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import without_titles
from newsarchive.extract.names import is_org_name, is_role


def speech_speakers(nodes: list[tuple[str, bool]]) -> list[str]:
    """The speakers named before a speech's notice (:data:`~.data.SPOKEN_WORD`, in a text
    node outside teasers and comments); [] on other pages or where none is named. The
    names are read before the notice only: related speeches' lists come after it."""
    notice = next(
        (
            i
            for i, (text, flagged) in enumerate(nodes)
            if not flagged and data.SPOKEN_WORD.search(text)
        ),
        None,
    )
    if notice is None:
        return []
    for i, (text, _) in enumerate(nodes[:notice]):
        lead = data.SPEECH_BY.match(text) or data.SPEAKER_LABEL.match(text)
        if lead is None:
            continue
        rest = text[lead.end() :]
        later = [t for t, _ in nodes[i + 1 : min(notice, i + 1 + data.SPEAKER_VALUE_NODES)]]
        names = _line_names(rest) if rest else _listed_names(later)
        if names:
            return names
    return []


def _line_names(line: str) -> list[str]:
    """The names of a speakers' line ("Dr. A, Vorsitzender des Vorstands, und B, Mitglied
    des Vorstands, zur …", "A und B, Exekutivdirektoren der X, beim …"): its first comma
    part and each part opened by "und", each one name or two joined by "und"."""
    names: list[str] = []
    for number, part in enumerate(p.strip() for p in line.split(",")):
        joined = data.SPEAKER_AND.match(part)
        if number and not joined:
            continue  # a role or the occasion
        pieces = data.SPEAKER_AND_INSIDE.split(part[joined.end() if joined else 0 :])
        if not all(map(_is_speaker, pieces)):
            if number == 0:
                return []
            continue
        names += pieces
    return names


def _listed_names(texts: list[str]) -> list[str]:
    """The names in the text nodes after a label or a lead ("Dr. A", ", Präsidentin", "B"):
    each node's first comma part up to the first node that names nobody; a node opening
    with a comma or a bracket continues a role."""
    names: list[str] = []
    for text in texts:
        if text.startswith((",", "(")):
            continue
        first = data.SPEAKER_AND.sub("", text.split(",")[0].strip())
        if not _is_speaker(first):
            break
        names.append(first)
    return names


def _is_speaker(part: str) -> bool:
    """Whether a part of a speakers' line is a person's name (academic titles allowed),
    not a role ("Präsident Deutsche Bank") or an institution ("Sparkasse Köln")."""
    return (
        data.BYLINE_NAME.fullmatch(without_titles(part)) is not None
        and not is_role(part.lower())
        and not is_org_name(part)
    )
