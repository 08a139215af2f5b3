"""Body rule for a board's topic shown as table rows (issue 11, ``forumrows.py``): phpBB 2's
post rows (the poster's profile in one cell, "Verfasst am: … Titel: …", the text and the
signature in the other) give the first post's text; the replies' rows, the header row
("| Autor | Nachricht |") with its rule and the links' rows ("| Nach oben | Profil PN |")
leave. A table of the text and a row without a profile stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines

TITLE = "Volksbank startet Kanal auf Instagram"
TEXT = " ".join(LINES)


def _post(poster: str, header: str, text: str) -> str:
    return f"| {poster} | {header} {text} |"


@pytest.mark.parametrize(
    ("poster", "header", "signature", "reply"),
    [
        (
            "Holger Brandt Stammgast Anmeldungsdatum: 03.02.2002 Beiträge: 417 Wohnort: Hagen",
            f"Verfasst am: 23.11.2004, 20:41 Titel: {TITLE}",
            "_________________ Wer spart, hat mehr vom Leben.",
            "| Kerstin Alt Mitglied Anmeldungsdatum: 19.11.2003 Beiträge: 58 | Verfasst am: "
            f"24.11.2004, 08:12 Titel: Re: {TITLE} Danke für die Info. |",
        ),
        (
            "Gwen Parry Site Admin Joined: 02 Feb 2005 Posts: 1444 Location: Swindon",
            f"Posted: Tue Nov 07, 2006 2:22 pm Post subject: {TITLE}",
            "_________________ Running a shop is easy.",
            "| tony_t Joined: 11 Sep 2006 Posts: 214 | Posted: later that day Same here. |",
        ),
    ],
)
def test_the_first_post_is_the_text(poster: str, header: str, signature: str, reply: str) -> None:
    lines = [
        "| Autor | Nachricht |",
        "|---|---|",
        _post(poster, header, f"{TEXT} {signature}"),
        "| Nach oben | Profil PN |",
        reply,
        "| Back to top | Profile PM |",
    ]
    assert kept_lines(lines) == [TEXT]


def test_a_subject_other_than_the_headline_stays_in_the_text() -> None:
    poster = "kontofrei Anmeldungsdatum: 15.12.2003 Beiträge: 843"
    lines = [_post(poster, "Verfasst am: 18.01.2005 21:15 Titel: Frage", TEXT)]
    assert kept_lines(lines) == [f"Frage {TEXT}"]


@pytest.mark.parametrize(
    "row",
    [
        "| Datum: | Verfasst am Montag, dem 12.03.2026 |",
        "| Posted: | 12 March 2026 |",
        "| Sparbuch | 0,50 % |",
    ],
)
def test_rows_without_a_profile_stay(row: str) -> None:
    assert row in kept_lines([*LINES, row, "Weitere Filialen sollen im Sommer folgen."])
