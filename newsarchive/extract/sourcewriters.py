"""The writers a copy's source line names: a blog's login reposts another publisher's text
and closes it with "Quelle: dpa" or "Quelle: Südkurier Express vom 6. April 2026, Autor:
Benedikt Hauri" (the canonical example's kind: a WordPress blog's copy of a newspaper
article); the agencies in it, else the writer after an author label. Kind read on
de_full101 (session 33, issue 11)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.names import split_authors


def source_writers(source: str) -> list[str]:
    """The agencies a source names, else the name after its author label
    (:data:`~.data.SOURCE_WRITER`); nobody where it names a publisher alone."""
    agencies = split_authors([f"Quelle: {source}"])[1]
    if agencies:
        return agencies
    labelled = data.SOURCE_WRITER.search(source)
    return [labelled.group("name")] if labelled else []
