"""Old boards' and portals' date lines (dates_v's misses, issue 11, rd3): a forum's clock at
the reader's visit above its threads ("Aktuelle Zeit: …") is no publication, on small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://forum.example/read.php?4,1234"
POST = "<p>Mein Tagesgeld wird ab sofort nur noch mit der Hälfte des Satzes verzinst.</p>"


@pytest.mark.parametrize(
    "clock",
    [
        "<div class='forum-time'>Aktuelle Zeit: 5. Oktober 2007 10:10</div>",
        "<p class='board-date'>Es ist jetzt Freitag, 5. Oktober 2007, 10:10</p>",
        "<span class='current-time'>Current time: 05.10.2007 10:10</span>",
    ],
)
def test_a_boards_clock_is_not_the_posts_day(clock: str) -> None:
    body = (
        f"<div id='board'><div class='nav'>Forenübersicht » Banken</div>{clock}"
        "<div class='message'><h1>Tagesgeld: Zinsen halbiert?</h1><small>Geschrieben von: "
        f"<strong>Katrin Vollmer</strong><br>Datum: 14. März 2007 00:10</small>{POST}</div></div>"
    )
    assert published_on(body, "", URL) == "2007-03-14T00:10:00+01:00"


SIDEBAR = (
    "<td class='right'><h3>Kommende Termine</h3><ul><li>04.04.2007: Stammtisch der Gruppe</li>"
    "<li>07.04.2007: Infoabend Girokonto</li></ul></td>"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Dienstag, 27. Februar 2007 @ 18:30 CET · Beitrag von: admin · Gelesen: 660 mal",
            "2007-02-27T18:30:00+01:00",
        ),
        (
            "Geschrieben am 27.02.2007 @ 18:30:10 MEZ (2341 mal gelesen)",
            "2007-02-27T18:30:00+01:00",
        ),
        ("27.02.2007 · Kategorie: Gebühren · Aufrufe: 708", "2007-02-27"),
    ],
)
def test_an_old_portals_line_with_its_reads_is_the_date_line(line: str, expected: str) -> None:
    body = (
        "<table><tr><td class='center'><h2>Kontogebühren: Initiative sammelt Beschwerden</h2>"
        f"<div class='storybyline'>{line}</div><div class='storytext'>{POST}</div></td>"
        f"{SIDEBAR}</tr></table>"
    )
    assert published_on(body, "", "https://portal.example/article.php?story=4711") == expected


def test_a_press_releases_place_and_day_closed_by_a_full_stop_is_its_dateline() -> None:
    related = "".join(
        f"<li><span>{day}.07.2007</span> <a href='#'>Meldung {day}</a></li>" for day in (12, 6)
    )
    body = (
        "<div class='content'><p class='kicker'>Presse-Information</p><h1>Bankhaus erhöht die "
        "Dividende</h1><p>Frankfurt am Main, 9. August 2007. Das Bankhaus hat im abgelaufenen "
        "Geschäftsjahr ein höheres Konzernergebnis erzielt als im Vorjahr.</p><p>Getragen wurde "
        "der Anstieg vor allem vom Provisionsgeschäft in der Vermögensverwaltung.</p>"
        f"<p>Presse-Information vom 09.08.2007 (PDF, 105 KB)</p><ul>{related}</ul></div>"
    )
    assert published_on(body, "", "https://bank.example/NR/exeres/4711.htm") == "2007-08-09"


@pytest.mark.parametrize(
    "wrapper",
    ["<form name='Form' method='post' action='/Default.aspx' id='Form'>", "<div class='nav-open'>"],
)
def test_a_part_holding_the_headline_is_the_pages_layout(wrapper: str) -> None:
    closing = "</form>" if wrapper.startswith("<form") else "</div>"
    body = (
        f"{wrapper}<div class='skin-menu'>Startseite · Aktuelles</div><div id='ContentPane'>"
        "<h1>Neuer Lehrgang startet mit Onlinemodulen</h1>"
        "<div class='articleAuthor'>von Redaktion am 15.04.2008 10:15</div>"
        f"<div class='articleBody'>{POST}</div></div><div class='skin-footer'>Copyright 2008 by "
        f"Akademie</div>{closing}"
    )
    url = "https://akademie.example/Aktuelles/tabid/62/ArticleId/918/Lehrgang.aspx"
    assert published_on(body, "", url) == "2008-04-15T10:15:00+02:00"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("story=20070227183000700", "2007-02-27"),
        ("topic=bank&id=20070227183000", "2007-02-27"),
        ("id=20070227", "2007-03-01"),  # eight digits alone: any number, not the day
        ("story=20070227993000700", "2007-03-01"),  # no time of day after the day
    ],
)
def test_a_query_stamp_names_the_day(query: str, expected: str) -> None:
    body = (
        "<main><h1>Kontogebühren: Initiative sammelt Beschwerden</h1>"
        f"<p class='meta'>Eingestellt von admin · 01.03.2007</p>{POST}</main>"
    )
    assert published_on(body, "", f"https://portal.example/article.php?{query}") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht am 2007-02-27", "2007-02-27"),
        ("2007-02-27 18:30 · admin", "2007-02-27T18:30:00+01:00"),
        ("Posted 2007-02-27T23:30:00Z", "2007-02-28T00:30:00+01:00"),
    ],
)
def test_an_iso_day_in_the_text_is_a_date_line(line: str, expected: str) -> None:
    body = (
        "<main><h1>Kontogebühren: Initiative sammelt Beschwerden</h1>"
        f"<p class='post-meta'>{line}</p>{POST}{SIDEBAR}</main>"
    )
    assert published_on(body, "", "https://blog.example/posts/kontogebuehren/") == expected


@pytest.mark.parametrize("width", ["180", "20%"])
def test_a_table_layouts_narrow_column_is_a_sidebar(width: str) -> None:
    side = (
        f"<td width='{width}' valign='top'><b>Kommende Termine</b><br>04.04.2007: Stammtisch"
        "<br>07.04.2007: Infoabend</td>"
    )
    body = (
        "<table width='100%'><tr><td valign='top'><h2>Kontogebühren: Initiative sammelt "
        "Beschwerden</h2><p>Eingestellt am 27.02.2007 von admin · Kategorie: Gebühren und "
        f"Entgelte, Girokonto und Sparkonto</p>{POST}</td>{side}</tr></table>"
    )
    assert published_on(body, "", "https://portal.example/article.php?story=4711") == "2007-02-27"
