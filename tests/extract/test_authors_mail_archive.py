"""A mail archive's message (Mailman's pipermail): the sender's full name in bold under
the subject, the address after it spelled "name at host" (issue 11, session 43, read on
de_full13 and en_h); a press release's contact box (a name and a plain address) is no
sender. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED

from newsarchive.extract import extract

URL = "http://lists.geldrat.example/pipermail/geldrat/2004-November/000413.html"
TEXT = "".join(
    f"<P>Im {n}. Absatz schreibt der Absender, warum die Internet-Filiale der Volksbank "
    "neue Gebühren verlangt und was die Liste davon hält.\n"
    for n in range(1, 6)
)


def authors(address: str) -> list[str]:
    html = (
        "<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 3.2//EN'><HTML><HEAD><TITLE> [Geldrat] "
        "Internet-Filiale der Volksbank</TITLE></HEAD><BODY BGCOLOR='#ffffff'><H1>Internet-"
        "Filiale der Volksbank</H1>\n<B>Detlef Husemeyer</B>\n<A HREF='mailto:geldrat%40"
        f"lists.geldrat.example'>{address}\n</A><BR>\n<I>Tue Nov 16 10:15:22 CET 2004</I>\n"
        f"<P><UL><LI>Vorherige Nachricht: <A HREF='000412.html'>Kontoauszüge</A></LI></UL>"
        f"<HR><!--beginarticle-->{TEXT}<!--endarticle--><HR></BODY></HTML>"
    )
    return list(extract(html.encode(), URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("d.husemeyer at netzpost.example", ["Detlef Husemeyer"]),
        # a plain address after a name is a contact's, not an archive's sender line
        ("d.husemeyer@netzpost.example", []),
    ],
)
def test_a_mail_archives_sender(address: str, expected: list[str]) -> None:
    assert authors(address) == expected
