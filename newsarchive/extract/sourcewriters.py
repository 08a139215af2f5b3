"""The writers and the day a copy's source line names: a blog's login reposts another
publisher's text and closes it with "Quelle: dpa" or "Quelle: Südkurier Express vom 6.
April 2026, Autor: Benedikt Hauri" (the canonical example's kind: a WordPress blog's copy of
a newspaper article); the agencies in it, else the writer after an author label; the day
the original appeared, the text's first publication. Kind read on de_full101 (session 33,
issue 11)."""

from __future__ import annotations

from datetime import date, datetime

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.names import split_authors


def source_agencies(source: str) -> list[str]:
    """The agencies a source names ("dpa/RMF", "dpa-AFX", "Mit Informationen von dpa")."""
    return split_authors([f"Quelle: {source}"])[1]


def source_writers(source: str) -> list[str]:
    """The agencies a source names, else the name after its author label
    (:data:`~.data.SOURCE_WRITER`); nobody where it names a publisher alone."""
    agencies = source_agencies(source)
    if agencies:
        return agencies
    labelled = data.SOURCE_WRITER.search(source)
    return [labelled.group("name")] if labelled else []


def source_day(source: str, published: str | None, fetched_at: datetime | None) -> str | None:
    """The day a source line gives its original ("Südkurier Express vom 6. April 2026",
    "…, 12. Mai 2026"), where it is at most :data:`~.data.SOURCE_DAY_MAX_DAYS` before the
    copy's ``published`` day; else None."""
    if not published or not any(c.isdigit() for c in source):
        return None
    return earlier_day(source, published, fetched_at)


def earlier_day(text: str, published: str, fetched_at: datetime | None) -> str | None:
    """The day ``text`` gives, where it is before ``published`` by at most
    :data:`~.data.SOURCE_DAY_MAX_DAYS` days; else None."""
    day = parse_german_date(text, fetched_at)
    if not day or not day[:10] < published[:10]:
        return None
    gap = date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])
    return day[:10] if gap.days <= data.SOURCE_DAY_MAX_DAYS else None


def source_line(lines: list[str]) -> bool:
    """Whether one of ``lines`` is a source line (:data:`~.data.SOURCE_LINES`: "Quelle:
    dpa"), not only a dateline's agency ("Montpellier (SID) –"): a desk's account posting a
    report is the agency's copy where such a line credits it (session 45, de_full165), the
    desk's own report where only its dateline names the agency (a dev page's kind)."""
    return any(len(x) <= 200 and any(p.match(x) for p in data.SOURCE_LINES) for x in lines)
