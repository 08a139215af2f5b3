"""A post signed right after its last sentence where the body runs on into a list of other
posts ("Mehr aus dem Blog", "Frühere Berichte"; half AL's kind, issue 11): the signature is
read there, not only in the body's last line; a group's signature and a line after more
text are not."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.finanzbuero-beispiel.example/blog/jetzt-auf-linkedin"
TEXT = "".join(
    f"<p>Seit {n} Wochen beantworten wir Fragen zu Konten, Karten und Krediten auch in einem "
    "sozialen Netzwerk, und die Nachfrage ist größer als zunächst erwartet.</p>"
    for n in range(2, 7)
)
MORE = (
    "<section class='block block-list'><h2>Mehr aus dem Blog</h2>"
    + "".join(
        f"<div class='item'><p class='item-date'>{d}.09.2025</p><h3 class='item-title'>{t}</h3>"
        "</div>"
        for d, t in (
            ("23", "Kartenzahlung beim Bäcker wird Alltag"),
            ("02", "Neue Geldautomaten im Landkreis"),
            ("12", "Vorstand bestätigt Fusionspläne"),
        )
    )
    + "</section>"
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<main><section class='block'><h1 class='post-title'>Warum wir jetzt auch dort sind</h1>"
        f"<p class='post-date'>07.10.2025</p></section><section class='block'>"
        f"<div class='text-box'>{TEXT}{end}</div></section>{MORE}</main>",
        "<title>Warum wir jetzt auch dort sind | Finanzbüro Beispiel</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a greeting over the name, or a formal "Ihr Name", right after the last sentence
        ("<p class='signature'>Herzliche Grüße<br>Derya Yilmaz</p>", ["Derya Yilmaz"]),
        ("<p class='signature'>Ihr Jörg Brandt</p>", ["Jörg Brandt"]),
        # a group signs, or nobody: no author
        ("<p class='signature'>Eure Geldgeflüster-Crew</p>", []),
        ("", []),
        # a name followed by more of the text is no signature
        (
            "<p>Viele Grüße, Derya Yilmaz</p><p>Wer Fragen hat, kann sich jederzeit bei uns "
            "melden, telefonisch oder über das Kontaktformular auf dieser Seite.</p>",
            [],
        ),
    ],
)
def test_signature_before_a_list_of_posts(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
