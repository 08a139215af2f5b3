"""Body rules from de_full16's misses, judged on de_full17 and de_full18 (issue 11): kinds of
page part read on de_full16 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract.extraction import extract

URL = "https://geldmagazin.example/magazin/banken-auf-tiktok"
POINTS = (
    "<li>Die Volksbank Musterstadt erklärt Geldthemen jetzt auch in kurzen Videos.</li>"
    "<li>Jede Woche erscheint ein neues Video der Auszubildenden.</li>"
)
TEXT = "".join(
    f"<p>Die Volksbank Musterstadt erklärt im {n}. Absatz, warum sie auf TikTok kurze Videos "
    "über Geldanlage und Kredite zeigt und was junge Kunden davon haben sollen.</p>"
    for n in range(1, 5)
)


def _body(box: str) -> str:
    first, rest = TEXT.split("</p>", 1)
    article = f"<h1>Banken auf TikTok</h1>{first}</p>{box}{rest}"
    page = page_with(f"<main><article>{article}</article></main>")
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "label",
    ["Das Wichtigste in Kürze", "Das Wichtigste im Überblick", "Auf einen Blick:"],
)
def test_a_summary_box_in_an_aside_keeps_its_points_without_its_label(label: str) -> None:
    body = _body(
        f'<aside class="summary"><p class="summary-title">{label}</p><ul>{POINTS}</ul></aside>'
    )
    assert "Jede Woche erscheint ein neues Video der Auszubildenden." in body
    assert "im 4. Absatz" in body
    assert label.rstrip(":") not in body


def test_an_aside_under_another_label_still_leaves() -> None:
    body = _body(f'<aside class="related"><p>Mehr zum Thema</p><ul>{POINTS}</ul></aside>')
    assert "Jede Woche erscheint" not in body
    assert "im 4. Absatz" in body
