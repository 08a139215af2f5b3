"""A letter closing a notice, AG's kind (issue 11): greeting, the writer's full name, then
the writer's job on a line of its own. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kanzlei-talbach.example/verfahren/mitteilung-2026-02/"
TEXT = "".join(
    f"<p>Im {n}. Schritt des Verfahrens prüft die Verwalterin die angemeldeten Forderungen "
    "der Gläubiger und berichtet über den Stand der Verwertung.</p>"
    for n in range(1, 6)
)


def page(closing: str) -> bytes:
    return page_with(
        f"<article><h1>Einladung zur Gläubigerversammlung</h1>{TEXT}<p>{closing}</p></article>",
        "<title>Einladung zur Gläubigerversammlung</title>",
    )


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # greeting, full name, job: the name signs the letter
        (
            "Mit freundlichen Grüßen<br>Helene Vossberg<br>Rechtsanwältin · Insolvenzverwalterin",
            ["Helene Vossberg"],
        ),
        ("Viele Grüße<br>Helene Vossberg<br>Vorstand", ["Helene Vossberg"]),
        # a first name alone over a job line is no full signature
        ("Viele Grüße<br>Helene<br>Vorstand", []),
        # no greeting before the name: a contact block, no signature
        ("Ansprechpartnerin<br>Helene Vossberg<br>Rechtsanwältin", []),
        # a sentence after the name is no job line
        ("Mit freundlichen Grüßen<br>Helene Vossberg<br>Die Frist endet am 3. März.", []),
    ],
)
def test_letter_signed_over_a_job_line(closing: str, expected: list[str]) -> None:
    assert extract(page(closing), URL, fetched_at=FETCHED)["authors"] == expected
