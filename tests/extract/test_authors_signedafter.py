"""A signature just after the post's text, outside the block the text was read from
("Liebe Grüße" / "Eure Katrin" after a theme's content block, a forum post's signature
box), signs a post a login posted; kind read in half Q."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.example/2026/01/taschengeldkonto/"
TEXT = "".join(
    f"<p>Die Sparkasse Musterstadt erklärt im {n}. Absatz, wie das Taschengeldkonto "
    "funktioniert und was Kinder davon haben sollen.</p>"
    for n in range(1, 5)
)


def authors(after: str, about: str) -> list[str]:
    body = (
        "<article><h1 class='entry-title'>So klappt das Taschengeldkonto</h1>"
        "<div class='entry-meta'>von <span class='author vcard'><span class='author-name'>"
        f"admin</span></span></div><div class='entry-content'>{TEXT}</div>{after}</article>"
        f"<aside class='widget'><h2>Über mich</h2><p>{about}</p></aside>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("after", "about", "expected"),
    [
        ("<p>Liebe Grüße<br>Eure Jana</p>", "Hallo, ich bin Jana Beispiel.", ["Jana Beispiel"]),
        ("<aside class='message-signature'><div>Gruß, Jonas Probst<br>Bausparer seit 1998</div>"
         "</aside>", "Ein Blog über Geld.", ["Jonas Probst"]),
        # left alone: no signature after the text
        ("<p>Teilen auf Facebook</p>", "Hallo, ich bin Jana Beispiel.", []),
    ],
)  # fmt: skip
def test_a_signature_after_the_text_signs_the_post(
    after: str, about: str, expected: list[str]
) -> None:
    assert authors(after, about) == expected
