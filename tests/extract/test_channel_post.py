"""A messenger channel's post in its web preview (Telegram's widget markup, as channel
mirrors print it): the page is for the message its address names; that message's opening
bold line is the headline, its signature the writer (never the channel's name) and its time
the day in German local time; the preview's other messages leave the text. Issue 11,
session 60: 9 read judges' titles, 5 dates and 4 authors up (de_full471, de_full477,
de_full35, dates_t), 0 down, dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

CHANNEL = "Sparkasse Ellertal"
URL = "https://www.kanalblick-ellertal.example/kanal/spk_ellertal/{post}"


def message(post: int, text: str, signed: str = "", moment: str = "") -> str:
    """One message of the preview: ``text`` (its markup), ``signed`` the admin's signature,
    ``moment`` its ISO time."""
    moment = moment or f"2024-05-{post - 90:02d}T09:15:00+00:00"
    signature = f"<span class='tgme_widget_message_from_author'>{signed}</span>" if signed else ""
    return (
        "<div class='tgme_widget_message_wrap js-widget_message_wrap'>"
        f"<div class='tgme_widget_message js-widget_message' data-post='spk_ellertal/{post}'>"
        "<div class='tgme_widget_message_bubble'><div class='tgme_widget_message_author'>"
        f"<a class='tgme_widget_message_owner_name'><span>{CHANNEL}</span></a></div>"
        f"<div class='tgme_widget_message_text js-message_text'>{text}</div>"
        "<div class='tgme_widget_message_footer'><div class='tgme_widget_message_info'>"
        f"<span class='tgme_widget_message_views'>4,1K</span>{signature}"
        f"<span class='tgme_widget_message_meta'><a class='tgme_widget_message_date' "
        f"href='https://t.me/spk_ellertal/{post}'><time datetime='{moment}'>11:15</time>"
        "</a></span></div></div></div></div></div>"
    )


def post_text(headline: str, topic: str) -> str:
    """A post's text: ``headline`` in bold on its own line, then three paragraphs on ``topic``."""
    lines = [
        f"Die Sparkasse Ellertal erklärt im {n}. Absatz, warum {topic} und was Kundinnen und "
        "Kunden davon haben sollen."
        for n in range(1, 4)
    ]
    return f"<b>{headline}</b><br><br>" + "<br><br>".join(lines)


OTHERS = {
    101: post_text("Filiale Bergdorf schließt am Freitag früher", "die Filiale früher schließt"),
    103: post_text("Neue Karten kommen per Post", "die Karten per Post kommen"),
}


def preview(post: int, text: str, signed: str = "", moment: str = "") -> dict:
    """What the extractor gives for a preview of messages 101 to 103 at post ``post``'s
    address, message 102 holding ``text``."""
    messages = [
        message(101, OTHERS[101], "Kai Brodersen"),
        message(102, text, signed, moment),
        message(103, OTHERS[103], "Kai Brodersen"),
    ]
    head = f"<title>{CHANNEL} (@spk_ellertal) – Beitrag {post} | Kanalblick</title>"
    head += f"<meta property='og:title' content='{CHANNEL}'>"
    body = f"<main class='tgme_channel_history'>{''.join(messages)}</main>"
    return extract(page_with(body, head), URL.format(post=post), fetched_at=FETCHED)


APP = post_text("Neue Banking-App: Was sich ab Dienstag ändert", "die neue App kommt")


def test_the_named_message_is_the_article() -> None:
    found = preview(102, APP, "Jana Petersen", "2024-03-11T23:47:05+00:00")
    assert found["title"] == "Neue Banking-App: Was sich ab Dienstag ändert"
    assert found["authors"] == ["Jana Petersen"]
    assert (found["published"] or "")[:10] == "2024-03-12"  # 00:47 in Germany
    assert "die neue App kommt" in found["body"]
    assert "Karten per Post" not in found["body"]
    assert "früher schließt" not in found["body"]


@pytest.mark.parametrize(
    ("signed", "authors"),
    [
        ("Dr. Felix Haberland, Ines Marquardt", ["Dr. Felix Haberland", "Ines Marquardt"]),
        ("", []),  # unsigned: the channel speaks, it is no writer
    ],
)
def test_the_signature_names_the_writers(signed: str, authors: list[str]) -> None:
    assert preview(102, APP, signed)["authors"] == authors


def test_a_line_of_tags_may_open_the_post() -> None:
    text = "🔔 #Sicherheit | In eigener Sache<br><br>" + APP
    assert preview(102, text)["title"] == "Neue Banking-App: Was sich ab Dienstag ändert"


@pytest.mark.parametrize(
    "text",
    [
        # a bold paragraph, not a headline
        "<b>"
        + " ".join(["Wir"] + ["erklären"] * 24)
        + "</b><br><br>"
        + APP.split("<br><br>", 1)[1],
        # bold words in the first sentence
        "Heute <b>neu</b><br>" + APP,
    ],
)
def test_no_bold_headline_keeps_the_page_s_title(text: str) -> None:
    assert preview(102, text)["title"] == CHANNEL  # the page's own title stays


def test_a_preview_whose_address_names_no_message_stays_whole() -> None:
    found = preview(999, APP, "Jana Petersen")
    assert found["title"] == CHANNEL
    assert "Karten per Post" in found["body"]
