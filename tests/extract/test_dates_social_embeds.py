"""A social post embedded in the text shows its own day ("Gepostet von Volksbank A am
Freitag, 31. Mai 2024", an embed's caption "Der LinkedIn-Beitrag von A vom 18. Juni 2024,
19:42 Uhr"): no date line of the article, like a tweet's (``VISIBLE_DATE_SKIP_WORDS``;
session 65, read on dates_hn, dates_ho and de_full252). Small invented pages whose metadata
gives the update's day and whose article's own day is marked under the text."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://www.bankenspiegel.example/regionales/volksbank-ersetzt-geldautomaten"
HEAD = "<meta property='article:published_time' content='2023-08-15T16:20:31+02:00'>"
EMBEDS = {
    "fb-post": "<div class='fb-post'><blockquote class='fb-xfbml-parse-ignore'><p>Ab Montag "
    "fährt unser Bankbus.</p>Gepostet von <a href='#'>Volksbank Elstertal</a> am <a href='#'>"
    "Dienstag, 8. August 2023</a></blockquote></div>",
    "instagram-media": "<blockquote class='instagram-media'><p>Der Bankbus ist da!</p><p>"
    "Ein Beitrag geteilt von Volksbank Elstertal (@vb_elstertal) am 8. August 2023</p>"
    "</blockquote>",
    "embed-caption": "<div class='paragraph--type--embed'><iframe src='about:blank'></iframe>"
    "<div class='field field--name-field-embed-caption field__item'>Der LinkedIn-Beitrag von "
    "Jan Roloff vom 8. August 2023, 19:42 Uhr.</div></div>",
}


@pytest.mark.parametrize("kind", sorted(EMBEDS))
def test_an_embedded_posts_day_is_no_date_line(kind: str) -> None:
    body = (
        "<main><article><h1>Volksbank ersetzt sechs Geldautomaten durch einen Bankbus</h1>"
        f"<p class='meta'>Von Matthias Pöhler</p>{EMBEDS[kind]}"
        f"{paragraphs('die Volksbank sechs Geldautomaten abbaut')}"
        "<div class='field'><div class='field__label'>Erstmals veröffentlicht</div>"
        "<time datetime='2023-08-09T09:05:00Z'>09.08.2023, 11:05 Uhr</time></div>"
        "</article></main>"
    )
    got = published_on(body, HEAD, URL)
    assert got is not None
    assert got[:10] == "2023-08-09"
