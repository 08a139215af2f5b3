"""Titles on pages whose metadata titles name only the page's kind or the site while a
post's heading of its own shows the headline (issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Der TSV Auental erklärt im {n}. Absatz, was die Mitglieder beim Sponsorenlauf "
    "erwartet und wie sie sich anmelden.</p>"
    for n in range(1, 4)
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def test_a_clubs_post_heading_where_the_titles_name_only_the_page_kind() -> None:
    body = (
        "<div class='content'><h1 class='page-title'>Aktuelles</h1><div class='post'>"
        f"<h2 class='post-title'>Sponsorenlauf bringt 4.200 Euro</h2>{TEXT}</div>"
        "<section class='widget'><h2 class='widget-title'>Weitere Neuigkeiten</h2></section>"
        "</div>"
    )
    head = "<title>Aktuelles - TSV Auental 1908 e.V.</title>"
    url = "https://www.tsv-auental.example/aktuelles/sponsorenlauf"
    assert title_of(page_with(body, head), url) == "Sponsorenlauf bringt 4.200 Euro"


def test_a_sidebars_titled_heading_is_no_post_heading() -> None:
    body = (
        f"<div class='content'><h1>Aktuelles</h1>{TEXT}</div><aside><h2 class='widget-title'>"
        "Weitere Neuigkeiten aus dem Verein</h2></aside>"
    )
    head = "<title>Aktuelles - TSV Auental 1908 e.V.</title>"
    url = "https://www.tsv-auental.example/aktuelles/"
    assert title_of(page_with(body, head), url) != "Weitere Neuigkeiten aus dem Verein"


BOX = (
    "<ul><li><a href='/n/1'>Neue Trikots für die Jugend</a></li>"
    "<li><a href='/n/2'>Hallenzeiten</a></li></ul>"
)


def test_a_box_title_over_a_list_of_links_is_no_headline() -> None:
    headline = "Sponsorenlauf bringt 4.200 Euro"
    url = "https://www.tsv-auental.example/aktuelles/sponsorenlauf"
    head = "<title>TSV Auental</title>"
    # a classed heading over a widget's links, before the post's own heading
    posts = (
        f"<div class='box'><h3 class='headline'>Das könnte Sie auch interessieren</h3>{BOX}"
        f"</div><div class='post'><h2 class='post-title'>{headline}</h2>{TEXT}</div>"
    )
    assert title_of(page_with(posts, head), url) == headline
    # a bold line over a list of links in a table's side column
    table = (
        f"<table><tr><td><p><b>Schlagzeilen aus dem Verein</b></p>{BOX}</td>"
        f"<td><p><b>{headline}</b></p>{TEXT}</td></tr></table>"
    )
    assert title_of(page_with(table, head), url) == headline
    # left alone: a heading over a list that is not all links (the post's own points)
    points = (
        f"<div class='post'><h2 class='post-title'>{headline}</h2>"
        f"<ul><li>Start um 10 Uhr</li><li>Ziel am <a href='/platz'>Sportplatz</a></li></ul>"
        f"{TEXT}</div>"
    )
    assert title_of(page_with(points, head), url) == headline
