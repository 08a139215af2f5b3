"""A mailing list archive's message (Mailman's pipermail; kind read in de_full13, issue 11):
the sender's name in ``<b>`` between the subject and the ``mailto:`` link is the author."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED

from newsarchive.extract import extract

URL = "https://lists.example/pipermail/geldrat/2002-June/001127.html"
TEXT = "\\n\\n".join(
    f"Im {n}. Absatz berichtet die Liste, wie die Bank den Geldautomaten in Waldhagen "
    "gesichert hat und was Kundinnen und Kunden jetzt beachten sollten."
    for n in range(1, 5)
)


def authors(sender: str, link: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>[Geldrat] Warnung</title></head><body>"
        f"<h1>Warnung: Manipulierter Geldautomat</h1> <b>{sender}</b> "
        f"<a href='{link}'>ipohlmeyer at waldhagen.example</a><br><i>Tue Jun 11 2002</i>"
        f"<p><!--beginarticle--><pre>{TEXT}</pre></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("sender", "link", "expected"),
    [
        ("Ingrid Pohlmeyer", "mailto:geldrat%40lists.example", ["Ingrid Pohlmeyer"]),
        # no address after the name, or a login: nobody
        ("Ingrid Pohlmeyer", "/pipermail/geldrat/", []),
        ("ipohlmeyer", "mailto:geldrat%40lists.example", []),
    ],
)
def test_list_sender(sender: str, link: str, expected: list[str]) -> None:
    assert authors(sender, link) == expected
