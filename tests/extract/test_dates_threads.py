"""A forum thread's statistics under its title name the last reply's day ("Letzte Antwort:
13.02.2022 16:00", "Letzter Beitrag: … von …"): not the thread's date line (dates_g's and
dates_m's misses, issue 11, rdates9), on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://forum.example/thread/vereinskonto-welche-bank-4711"
FIRST = "Hallo zusammen, unsere Hausbank will bald Gebühren für das Vereinskonto."
REPLY = "Wir sind bei einer Genossenschaftsbank, das kostet drei Euro im Monat."


OPENING = "<span class='postdate'>16. November 2025, 15:00</span>"


def _thread(stats: str, first: str = OPENING) -> str:
    posts = (
        f"<div class='post'><b>Paul Hinrichsen</b> {first}<p>{FIRST}</p></div>"
        "<div class='post reply'><b>Anna Weber</b> "
        f"<span class='postdate'>13. Februar 2026, 16:00</span><p>{REPLY}</p></div>"
    )
    return f"<main><h1>Vereinskonto: Welche Bank nehmt ihr?</h1>{stats}{posts}</main>"


@pytest.mark.parametrize(
    "stats",
    [
        "<p class='thread-stats'>8 Antworten · Letzte Antwort: 13.02.2026 16:00</p>",
        "<div class='thread-info'>Letzter Beitrag: 13.02.2026, 16:00 von Anna Weber</div>",
        "<p>Last post: 13.02.2026 16:00</p>",
        "<dl><dt>Letzte Aktivität</dt><dd>13.02.2026</dd></dl>",
    ],
)
def test_the_last_replys_day_is_not_the_threads(stats: str) -> None:
    assert published_on(_thread(stats), "", URL) == "2025-11-16T15:00:00+01:00"


@pytest.mark.parametrize(
    ("stats", "expected"),
    [
        # the thread's own line stays the date line
        ("<p class='thread-stats'>Eröffnet am 20.11.2025 · 8 Antworten</p>", "2025-11-20"),
        # a sentence naming a last reply is no label before the date
        (
            "<p>Die letzte Antwort kam schnell.</p><p class='meta'>Erstellt am 20.11.2025</p>",
            "2025-11-20",
        ),
    ],
)
def test_a_threads_own_line_is_still_its_date(stats: str, expected: str) -> None:
    assert published_on(_thread(stats, first=""), "", URL) == expected
