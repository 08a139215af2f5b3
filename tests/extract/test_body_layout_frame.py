"""A layout's frame whose class names a side column ("right-rail", with the article in its
"right-rail__main" and the rail beside it, as Arc XP's themes build a story) holds the
article's headline: boilerplate pruning drops the rail inside it, never the frame (the
text had gone and a consent dialog was taken for it; session 64, read on dates_hh).
Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.musterbote.example/brandenburg/2024/03/12/sb-foyers-nachts-zu/"
TEXT = "".join(
    f"<p>Die Sparkasse schließt {n} Selbstbedienungsbereiche nachts, weil in der Region "
    "immer wieder Geldautomaten gesprengt worden sind, wie das Kreditinstitut mitteilte.</p>"
    for n in ("drei", "fünf", "sieben", "neun")
)
RAIL = "".join(
    f"<li><a href='/a{n}'>Meistgelesen: Meldung {n} aus der Region</a></li>" for n in range(5)
)
DIALOG = (
    "<div class='cmp-fallback' role='dialog'><p>Wir und unsere Partner verarbeiten "
    "personenbezogene Daten, etwa Ihre IP-Adresse, um Inhalte zu personalisieren.</p></div>"
)


@pytest.mark.parametrize("state", [0, 4000])
def test_a_side_column_s_frame_around_the_article_is_kept(state: int) -> None:
    # (a page's state in a script, as Arc's Fusion carries it, makes the frame a small share)
    script = f"<script>window.Fusion={{content: '{'x' * state}'}}</script>"
    body = (
        "<div class='right-rail'><div class='right-rail__main'><article>"
        f"<h1>Sparkasse schließt SB-Foyers nachts</h1>{TEXT}</article></div>"
        f"<div class='right-rail__rail'><ul>{RAIL}</ul></div></div>{DIALOG}{script}"
    )
    text = extract(page_with(body), URL, fetched_at=FETCHED)["body"]
    assert "neun Selbstbedienungsbereiche" in text
    assert "Meistgelesen" not in text
