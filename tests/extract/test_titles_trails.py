"""Titles from a breadcrumb trail without a breadcrumb class (issue 11): the trail's own
unlinked item after its last link, on small invented forum pages; an ``<h1>`` that words
the item's story at length is the headline, the item its menu's label (session 44)."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

POSTS = "".join(
    f"<div class='post'><p>Beitrag {n}: Wir haben beim Girokonto der Kreisbank Auental "
    "nachgefragt, wie lange die Umstellung auf das neue Verfahren dauern wird.</p></div>"
    for n in range(1, 4)
)
URL = "https://www.finanztreff-auental.example/forum/topic.php?id=88"


def title_of(body: str, head: str) -> str:
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["title"]


def test_a_thread_titled_with_the_forum_alone_takes_the_trails_own_item() -> None:
    body = (
        "<p class='crumbs'><a href='/forum/'>Finanztreff Auental</a> : "
        "<a href='/forum/f3'>Girokonto</a> : Umstellung auf das neue TAN-Verfahren</p>"
        f"{POSTS}"
    )
    head = "<title>Finanztreff Auental</title>"
    assert title_of(body, head) == "Umstellung auf das neue TAN-Verfahren"


def test_a_title_segment_the_trail_ends_with_beats_the_boards_h1() -> None:
    body = (
        "<div id='brd'><h1>Geldplausch</h1></div><ul class='trail'><li><a href='/'>Index</a>"
        "</li><li>» <a href='/f/3'>Girokonto</a></li><li>» Umstellung auf das neue "
        f"TAN-Verfahren</li></ul>{POSTS}"
    )
    head = "<title>Umstellung auf das neue TAN-Verfahren / Girokonto / Geldplausch</title>"
    assert title_of(body, head) == "Umstellung auf das neue TAN-Verfahren"


def test_links_with_words_between_them_are_no_trail() -> None:
    body = (
        "<p>Siehe <a href='/a'>Finanztreff Auental</a> und auch <a href='/b'>Girokonto</a> : "
        f"Umstellung auf das neue TAN-Verfahren</p>{POSTS}"
    )
    head = "<title>Finanztreff Auental</title>"
    assert title_of(body, head) != "Umstellung auf das neue TAN-Verfahren"


def test_a_trail_ending_in_a_link_has_no_own_item() -> None:
    body = (
        "<p><a href='/forum/'>Finanztreff Auental</a> : <a href='/forum/f3'>Girokonto</a> : "
        f"<a href='/t/88'>Umstellung auf das neue TAN-Verfahren</a></p>{POSTS}"
    )
    head = "<title>Finanztreff Auental</title>"
    assert title_of(body, head) != "Umstellung auf das neue TAN-Verfahren"


def test_a_trail_item_repeating_the_whole_title_does_not_beat_the_h1() -> None:
    body = (
        "<p class='crumbs'><a href='/'>Start</a> » <a href='/presse/'>Presse</a> » "
        "Pressemitteilungen aus dem Jahr 2005</p><h1>Kreisbank Auental eröffnet Filiale im "
        f"Gewerbegebiet</h1>{POSTS}"
    )
    head = "<title>Pressemitteilungen aus dem Jahr 2005</title>"
    assert title_of(body, head) == "Kreisbank Auental eröffnet Filiale im Gewerbegebiet"


def test_a_longer_h1_sharing_the_items_word_is_the_headline() -> None:
    body = (
        "<div class='pfad'>Sie sind hier: <a href='/'>Startseite</a> &gt; <a href='/pk/'>"
        "Privatkunden</a> &gt; <a href='/pk/aktuelles/'>Aktuelles</a> &gt; Neue "
        "Internet-Filiale</div><h1>Unsere Internet-Filiale im neuen Design</h1>"
        f"{POSTS}"
    )
    head = "<title>Kreisbank Auental - Privatkunden - Aktuelles - Neue Internet-Filiale</title>"
    assert title_of(body, head) == "Unsere Internet-Filiale im neuen Design"


def test_a_boards_h1_sharing_no_word_with_the_item_yields_to_it() -> None:
    body = (
        "<div id='brd'><h1>Geldplausch Forum der Region</h1></div><p><a href='/'>Index</a> » "
        "<a href='/f/3'>Girokonto</a> » Umstellung auf das neue TAN-Verfahren</p>"
        f"{POSTS}"
    )
    head = "<title>Umstellung auf das neue TAN-Verfahren / Girokonto / Geldplausch</title>"
    assert title_of(body, head) == "Umstellung auf das neue TAN-Verfahren"
