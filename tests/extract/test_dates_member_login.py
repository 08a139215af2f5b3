"""A profile box beside a post names the member's last login ("Letzter Login: 25.11.2026",
"Zuletzt online: …", "Last login: …"): the member's day, not the post's (dates_t's misses,
issue 11); the post's own line stays its date. Small pages written for the test (an old
table layout without a headline element)."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "http://blog.profile.example/index.cfm?fuseaction=blog.view&blogID=4711"
POST = (
    "<td><b>Jules Blog</b><p><b>Dienstag, 18. Juli 2006</b></p>"
    "<p><b>Mein erstes Konto bei der Jugendbank</b></p>"
    "<p>So, heute war ich endlich bei der Bank und hab mein eigenes Girokonto aufgemacht.</p>"
    "<p>Die Beraterin war voll nett und hat mir alles zum Onlinebanking erklärt.</p></td>"
)


@pytest.mark.parametrize(
    "status",
    ["Letzter Login: 25.11.2026", "Zuletzt online: 24.11.2026", "Last login: 25.11.2026"],
)
def test_a_members_last_login_is_not_the_posts_date(status: str) -> None:
    page = f"<table><tr><td>Jule<br>Online!<br>{status}</td>{POST}</tr></table>"
    assert published_on(page, "", URL) == "2006-07-18"


def test_a_line_naming_a_login_otherwise_is_still_a_date_line() -> None:
    page = f"<table><tr><td>Jule<br>Login-Tag 25.11.2026</td>{POST}</tr></table>"
    assert published_on(page, "", URL) == "2026-11-25"
