"""A content system's default administrator account in the byline ("Geschrieben von Super
User", Joomla's; U's kind, issue 11, judged on half W) is nobody: the credit the report closes
with is the author, else there is none; on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://harmonie-talbach.example/aktuelles/neues-vereinskonto"
TEXT = "".join(
    f"<p>Ab dem {n}. März läuft der Beitrag über das neue Vereinskonto bei der Sparkasse "
    "Talbach; wer per Lastschrift zahlt, muss das Mandat nicht erneuern.</p>"
    for n in range(2, 7)
)


def authors(account: str, end: str) -> list[str]:
    html = page_with(
        "<article><h1>Neues Vereinskonto: Was Mitglieder jetzt tun müssen</h1>"
        f"<p class='article-meta'>Geschrieben von {account} am 26. Januar 2026.</p>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Neues Vereinskonto - Harmonie Talbach</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("account", "end", "expected"),
    [
        ("Super User", "<p><em>Text: Thomas Weber</em></p>", ["Thomas Weber"]),
        ("Super User", "", []),
        # a person's byline stays
        ("Thomas Weber", "", ["Thomas Weber"]),
    ],
)
def test_cms_default_account(account: str, end: str, expected: list[str]) -> None:
    assert authors(account, end) == expected
