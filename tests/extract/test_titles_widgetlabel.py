"""Titles on portal pages whose left column's visitors box ("Wer ist online?") has the
same title class as the story's box (issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet das Portal, wie die Sparkasse ihre Gebühren erhöht "
    "und was sich für die Kundinnen und Kunden ändert.</p>"
    for n in range(1, 4)
)
URL = "http://www.kreisportal.example/modules.php?name=News&file=article&sid=42"


def _page(label: str) -> bytes:
    box = (
        f"<table><tr><td class='box-title'><b>{label}</b></td></tr>"
        "<tr><td class='box-normal'>Zur Zeit sind 9 Gäste online.</td></tr></table>"
    )
    story = (
        "<table><tr><td class='box-title'><b><a href='#'>Wirtschaft</a>: Sparkasse erhöht "
        "die Gebühren</b></td></tr><tr><td class='box-sub'>Geschrieben am 3. September 2002"
        f"</td></tr><tr><td class='box-normal'>{TEXT}</td></tr></table>"
    )
    body = f"<table><tr><td valign='top'>{box}</td><td valign='top'>{story}</td></tr></table>"
    return page_with(body, "<title>Kreisportal :: Sparkasse erhöht die Gebühren</title>")


def test_the_visitors_box_label_is_no_headline() -> None:
    page = _page("Wer ist online?")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Sparkasse erhöht die Gebühren"
