"""Titles on pages whose top heading names a board, a course or a group, with a heading naming
a page kind ("Neuigkeiten", "Ankündigungen") between it and the post's own heading (issue 11),
on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz steht, wann die Gruppe sich trifft, was die Teilnehmer mitbringen "
    "sollen und wie die Sparkasse beim Planspiel mit Material hilft.</p>"
    for n in range(1, 4)
)
URL = "http://lernen.kursnetz-talheim.example/mod/forum/discuss.php?d=17"


def title_of(body: str, title: str) -> str:
    return str(
        extract(page_with(body, f"<title>{title}</title>"), URL, fetched_at=FETCHED)["title"]
    )


@pytest.mark.parametrize(
    ("board", "kind", "title"),
    [
        ("Geldkunde für Einsteiger (Herbst 2026)", "Ankündigungen", "Kursnetz Talheim"),
        (
            "Anlageclub Hochschule Talheim",
            "Neuigkeiten",
            "kursnetz | Anlageclub Hochschule Talheim",
        ),
    ],
)
def test_the_post_under_a_boards_name_and_a_page_kind_heading_is_the_headline(
    board: str, kind: str, title: str
) -> None:
    body = (
        f"<nav><a href='/'>Start</a> <a href='/my/'>Meine Kurse</a></nav><h1>{board}</h1>"
        f"<h2>{kind}</h2><div class='post'><h3>Treffen am Donnerstag fällt aus</h3>"
        f"<p class='author'>von <a href='/u/4'>Jana Korte</a></p>{TEXT}</div>"
    )
    assert title_of(body, title) == "Treffen am Donnerstag fällt aus"


def test_a_reply_naming_the_topic_under_a_page_kind_heading_leaves_the_topic() -> None:
    topic = "Neue Gebühren beim Girokonto: Wer zahlt jetzt mehr?"
    body = (
        f"<h2 class='topic-title'><a href='/t/9'>{topic}</a></h2><h3>Letzte Beiträge</h3>"
        f"<div class='post'><h3><a href='#p2'>Re: {topic}</a></h3>{TEXT}</div>"
    )
    assert title_of(body, f"{topic} - Sparerforum") == topic


def test_a_headline_over_a_subheading_without_a_page_kind_heading_stays() -> None:
    body = (
        "<h1>Anlageclub Hochschule Talheim startet ins Semester</h1>"
        f"<h2>Treffen am Donnerstag fällt aus</h2>{TEXT}"
    )
    assert title_of(body, "kursnetz | Anlageclub Hochschule") == (
        "Anlageclub Hochschule Talheim startet ins Semester"
    )
