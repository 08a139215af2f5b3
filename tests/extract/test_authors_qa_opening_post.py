"""A Q&A page (schema.org's QAPage) whose question the page shows at length is a forum's
opening post: its asker and day are the page's over the accepted answer's; a question of a
line or two over an expert's answer leaves the answer's writer (issue 11, session 53; kind
read on de_full242/248/255 against de_full89/95/109). Small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://community.kontofragen.example/t5/Girokonto/Konto-gesperrt/m-p/4711"
OPENING = "Hallo zusammen, nach dem Gewinnspiel auf Instagram ist mein Konto gesperrt worden"
LONG = [
    f"{OPENING} und ich komme seit Tagen nicht mehr an mein Geld.",
    *(
        f"Am {n}. Tag habe ich wieder bei der Hotline angerufen, dort hieß es nur, die Prüfung "
        "laufe noch und ich solle mich gedulden, bis die Fachabteilung entschieden habe."
        for n in range(2, 7)
    ),
]
SHORT = [f"{OPENING} – was kann ich tun?"]
ANSWER = [
    f"Leider darf die Bank während einer Prüfung sperren; im Fall Nummer {n} hat sie das "
    "Konto nach zwei Wochen wieder freigegeben und die Gründe schriftlich mitgeteilt."
    for n in range(1, 5)
]


def page(question: list[str]) -> bytes:
    data = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "name": "Konto nach Gewinnspiel gesperrt",
            "text": " ".join(question),
            "dateCreated": "2024-02-07T18:22:05+01:00",
            "author": {"@type": "Person", "name": "lenabee98"},
            "acceptedAnswer": {
                "@type": "Answer",
                "text": ANSWER[0],
                "dateCreated": "2024-02-09T08:15:00+01:00",
                "author": {"@type": "Person", "name": "Dr. Ulrike Brandt"},
            },
        },
    }
    posts = "".join(f"<p>{p}</p>" for p in question)
    answer = "".join(f"<p>{p}</p>" for p in ANSWER)
    return page_with(
        "<h1>Konto nach Gewinnspiel gesperrt</h1><div class='question'><span>lenabee98</span>"
        f"<span>07.02.2024, 18:22</span>{posts}</div><div class='answers'><span>1 Antwort</span>"
        f"<div class='answer'><span>Dr. Ulrike Brandt</span><span>09.02.2024</span>{answer}"
        "</div></div>",
        f"<title>Konto nach Gewinnspiel gesperrt</title><script type='application/ld+json'>"
        f"{json.dumps(data, ensure_ascii=False)}</script>",
    )


@pytest.mark.parametrize(
    ("question", "authors"),
    [
        # an opening post of six paragraphs: the asker wrote the thread's text
        (LONG, ["lenabee98"]),
        # a question of one line: the expert's answer is the text
        (SHORT, ["Dr. Ulrike Brandt"]),
    ],
)
def test_the_question_shown_at_length_is_the_opening_post(
    question: list[str], authors: list[str]
) -> None:
    assert extract(page(question), URL, fetched_at=FETCHED)["authors"] == authors


def test_the_opening_posts_day_is_the_threads() -> None:
    # (the posts' days shown only as relative times: the structured data's day counts)
    html = page(LONG).replace(b"07.02.2024, 18:22", b"vor 2 Jahren")
    html = html.replace(b"<span>09.02.2024</span>", b"<span>vor 2 Jahren</span>")
    assert extract(html, URL, fetched_at=FETCHED)["published"][:10] == "2024-02-07"
