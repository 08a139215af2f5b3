"""Titles of a social network's or a messenger channel's post page titled with the owner's
or the channel's name alone: the post's bold first line that the metadata description opens
with is the headline (issue 11), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

POST = (
    "Am Freitag beantworten zwei Kolleginnen eure Fragen zum Onlinebanking live im Stream."
    "<br><br>Bisher haben uns über 300 Fragen zu App, Karte und Überweisung erreicht."
    "<br><br>Wer nicht live dabei sein kann, findet die Aufzeichnung danach auf dem Kanal."
    "<br><br>Bitte postet keine Kontodaten in den Kommentaren, dafür gibt es die Hotline."
)
HEADLINE = "Live-Fragestunde: Euer Draht zum Social-Media-Team"


def post_page(first_line: str, description: str) -> bytes:
    body = (
        "<div class='card'><h1 class='name'>Sparkasse Auental</h1><span>812 Follower</span>"
        f"</div><div class='post'><div class='post-content'>{first_line}<br><br>{POST}</div>"
        "<div class='comments'><div class='comment'>Gute Idee!</div></div></div>"
    )
    head = (
        "<title>Sparkasse Auental - Netzwerk</title>"
        "<meta property='og:title' content='Sparkasse Auental - Netzwerk'>"
        f"<meta property='og:description' content='{description}'>"
    )
    return page_with(body, head)


def title_of(page: bytes) -> str:
    url = "https://netzwerk-hub.example/+sparkasseauental/posts/7f3a"
    return extract(page, url, fetched_at=FETCHED)["title"]


def test_the_posts_bold_first_line_the_description_opens_with() -> None:
    page = post_page(f"<b>{HEADLINE}</b>", f"{HEADLINE} Am Freitag beantworten zwei Kolleginnen")
    assert title_of(page) == HEADLINE


def test_no_bold_line_the_description_does_not_open_with() -> None:
    page = post_page(f"<b>{HEADLINE}</b>", "Am Freitag beantworten zwei Kolleginnen eure Fragen")
    assert title_of(page) == "Sparkasse Auental"


def test_a_bold_heading_or_a_sentence_is_no_post_headline() -> None:
    lead = "Die Sparkasse Auental lädt zur Fragestunde ein."
    assert title_of(post_page(f"<b>{lead}</b>", f"{lead} Am Freitag")) == "Sparkasse Auental"
    heading = f"<h2><strong>{HEADLINE}</strong></h2>"
    assert title_of(post_page(heading, f"{HEADLINE} Am Freitag")) == "Sparkasse Auental"
