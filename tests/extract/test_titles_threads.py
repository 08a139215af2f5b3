"""Titles of forum threads whose headline carries the script's label before the subject
("<h1>Thema: Subject</h1>") under a title naming the forum's board (issue 11, half AR's
kind), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://forum.sparerrunde.example/forum.php?req=thread&id=2310"
POSTS = "".join(
    f"<div class='post'><b>nutzer{n}</b><p>Im {n}. Beitrag geht es darum, was die Bank beim "
    "Konto ändert und was man jetzt wissen muss.</p></div>"
    for n in range(1, 4)
)


def thread_page(heading: str, title: str = "Sparerrunde - Schulden und Recht") -> bytes:
    body = (
        "<div id='head'><a href='/forum.php'><img src='logo.png' alt='Sparerrunde'></a></div>"
        f"{heading}{POSTS}"
    )
    return page_with(body, f"<title>{title}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_a_thread_label_before_the_subject_is_cut() -> None:
    page = thread_page("<h1 class='thread'>Thema: Pfändungsschutzkonto: Was jetzt gilt</h1>")
    assert title_of(page) == "Pfändungsschutzkonto: Was jetzt gilt"
    span = "<h1>Thread: <span class='threadtitle'>Neue Gebühren beim Girokonto</span></h1>"
    assert title_of(thread_page(span)) == "Neue Gebühren beim Girokonto"


def test_a_kicker_of_another_word_stays_where_the_titles_give_it() -> None:
    page = thread_page(
        "<h1>Themen: Neue Gebühren beim Girokonto</h1>",
        "Themen: Neue Gebühren beim Girokonto - Sparerrunde",
    )
    assert title_of(page) == "Themen: Neue Gebühren beim Girokonto"
