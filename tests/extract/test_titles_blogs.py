"""Titles of old blog scripts' posts (Movable Type, pMachine, Nucleus, Typepad) whose
metadata title is the blog's name alone, shown as the banner's link to the home page, with
the post's heading below it (issue 11), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Volksbank Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie das Angebot jetzt ausbaut.</p>"
    for n in range(1, 4)
)
URL = "http://www.auental-zinsblog.example/archives/2008/01/07/neues_design.php"


def title_of(page: bytes, url: str = URL) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def blog_page(name: str, home: str, heading: str) -> bytes:
    body = (
        f"<div id='banner'><h1><a href='{home}'>{name}</a></h1>"
        "<div class='payoff'>Zinsen, Banken und der Rest</div></div><div id='main'>"
        f"<h2 class='date'>Montag, 7. Januar 2008</h2>{heading}"
        f"<div class='entrybody'>{TEXT}</div></div>"
    )
    return page_with(body, f"<title>{name}</title>")


def test_a_blog_name_linking_to_the_index_file_yields_to_the_post_heading() -> None:
    heading = "<h3 class='entrytitle'>In eigener Sache: Neues Design</h3>"
    assert title_of(blog_page("Zinsblog", "index.php", heading)) == "In eigener Sache: Neues Design"


def test_a_blog_name_linking_to_the_root_yields_to_the_post_heading() -> None:
    heading = "<h3 class='entrytitle'>Meine Bank ist jetzt bei StudiVZ</h3>"
    page = blog_page("Netzbank Tagebuch", "http://www.auental-zinsblog.example/", heading)
    assert title_of(page) == "Meine Bank ist jetzt bei StudiVZ"


def test_a_blog_name_linking_elsewhere_is_kept() -> None:
    # a link to the post itself: the name is no home banner, the title stands
    heading = "<h3 class='entrytitle'>In eigener Sache: Neues Design</h3>"
    assert title_of(blog_page("Zinsblog", "neues_design.php", heading)) == "Zinsblog"


def test_a_post_heading_in_a_titled_box_yields_under_the_blogs_name() -> None:
    heading = (
        "<div class='contenttitle'><h2>Phishing-Mails im Namen der Bank aufgetaucht</h2></div>"
    )
    page = blog_page("Zinsfuchs", "/", heading)
    assert title_of(page) == "Phishing-Mails im Namen der Bank aufgetaucht"


def test_a_typepad_entry_header_yields_under_the_blogs_name() -> None:
    heading = "<h3 class='entry-header'>Tagesgeld-Hopping: Lohnt sich das noch?</h3>"
    page = blog_page("Geldnotizen", "/", heading)
    assert title_of(page) == "Tagesgeld-Hopping: Lohnt sich das noch?"
