"""One metadata stamp for publication and change (a migration's) yields to the earliest of
the page's own dates that is earlier: its date markup, Drupal's created field, the date
line it shows; a date that is not earlier (a masthead's today) is passed over, not taken as
the end of the search (issue 11, kind read in dates_cs). Small pages written for the test."""

from __future__ import annotations

from extract_pages import published_on

URL = "https://www.kurier-muster.example/wirtschaft/sparkasse-schliesst-filialen-art-88213"
STAMP = "2019-06-18T09:12:44+02:00"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet die Zeitung, welche Filialen die Sparkasse schließt und "
    "wie Kundinnen und Kunden künftig an Bargeld kommen sollen.</p>"
    for n in range(1, 5)
)
MASTHEAD = "<header><time datetime='2026-11-28'>Samstag, 28. November 2026</time></header>"


def page(modified: str) -> str | None:
    head = (
        f"<meta property='article:published_time' content='{STAMP}'>"
        f"<meta property='article:modified_time' content='{modified}'>"
    )
    body = (
        f"{MASTHEAD}<main><article><p class='kicker'>Region</p><h1>Sparkasse schließt "
        "Filialen</h1><p class='teaser'>Vier Standorte im Kreis sind betroffen.</p>"
        "<div class='byline'><a href='/autoren/anna'>Anna Beispiel</a> <span>·</span> "
        f"<span class='date'>12.05.2011, 14:32 Uhr</span></div>{TEXT}</article></main>"
    )
    return published_on(body, head, URL)


def test_one_stamp_yields_to_the_earlier_line_shown() -> None:
    assert (page(STAMP) or "")[:10] == "2011-05-12"


def test_two_stamps_stand() -> None:
    # a page changed after its publication: the metadata's publication stands
    assert (page("2019-06-19T10:00:00+02:00") or "")[:10] == "2019-06-18"
