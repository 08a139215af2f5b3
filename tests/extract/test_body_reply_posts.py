"""A thread's replies ("Re: …" posts in blocks of the opening post's shape: phpBB's
``div.post``) leave the body; the opening post stays (issue 11, session 45, read on
de_full165, de_full131 and de_full95; dates_cm's judge kept one reply). Small invented
pages; posts without an opening post before them, and a heading "Re: …" outside such
blocks, are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.parsing import parse
from newsarchive.extract.replyposts import drop_reply_posts

URL = "https://www.geldforum-niederrhein.example/viewtopic.php?t=8812"
TITLE = "Neobank hat mein Konto gesperrt"
OPENING = (
    "Seit Montag komme ich nicht mehr an mein Geld, in der App steht nur, das Konto sei "
    "vorübergehend eingeschränkt. Der Support schreibt mir jeden Tag dieselbe Antwort. "
) * 3
REPLY = "Bei mir hat es damals elf Tage gedauert, ich würde sofort ein Zweitkonto eröffnen."


def post(number: int, subject: str, text: str) -> str:
    """A phpBB 3 post block (prosilver's markup) holding ``text`` under ``subject``."""
    return (
        f"<div id='p{number}' class='post has-profile bg{number % 2 + 1}'><div class='inner'>"
        f"<dl class='postprofile' id='profile{number}'><dt><a href='./memberlist.php?u={number}' "
        "class='username'>Lotte_K</a></dt><dd class='profile-rank'>Stammgast</dd><dd "
        "class='profile-posts'><strong>Beiträge:</strong> 142</dd></dl><div class='postbody'>"
        f"<div id='post_content{number}'><h3><a href='#p{number}'>{subject}</a></h3><p "
        "class='author'><span class='responsive-hide'>von <strong><a href='./memberlist.php' "
        "class='username'>Lotte_K</a></strong> » </span><time datetime='2024-03-13T06:45:00"
        f"+00:00'>Mi 13.03.2024, 07:45</time></p><div class='content'>{text}</div></div></div>"
        "</div></div><hr class='divider' />"
    )


def kept(posts: str) -> str:
    """The text left of a thread page holding ``posts`` after :func:`drop_reply_posts`."""
    tree = parse(f"<html><body><h2>{TITLE}</h2><div class='thread'>{posts}</div></body></html>")
    drop_reply_posts(tree)
    return " ".join(tree.itertext())


@pytest.mark.parametrize("subject", [f"Re: {TITLE}", f"AW: {TITLE}", f"RE: {TITLE}"])
def test_the_replies_leave_the_tree(subject: str) -> None:
    text = kept(post(1, TITLE, OPENING) + post(2, subject, REPLY) + post(3, subject, "Danke!"))
    assert "Seit Montag komme ich nicht mehr" in text
    assert REPLY not in text
    assert "Danke!" not in text


@pytest.mark.parametrize(
    "posts",
    [
        # a thread's second page: no opening post before the replies
        post(2, f"Re: {TITLE}", OPENING) + post(3, f"Re: {TITLE}", REPLY),
        # a reply heading in a block of no repeated shape (an article's section)
        f"<div class='prose'><p>{OPENING}</p><h3>Re: Ihre Frage zum Dispo</h3><p>{REPLY}</p></div>",
    ],
)
def test_left_alone(posts: str) -> None:
    assert REPLY in kept(posts)


def test_the_opening_post_is_the_body() -> None:
    page = page_with(
        f"<h2 class='topic-title'>{TITLE}</h2><div class='thread'>"
        f"{post(1, TITLE, OPENING)}{post(2, 'Re: ' + TITLE, REPLY)}</div>"
    )
    text = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "Seit Montag komme ich nicht mehr" in text
    assert REPLY not in text
