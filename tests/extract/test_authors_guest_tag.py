"""A guest post filed under a guest tag and signed at its end by the guest (kind read on
de_full139, issue 11): the signer, not the owner's account that posted it; the shapes it
leaves alone, on a small invented blog page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldnotizen-blog.example/2025/10/rentner-online-banking.html"
TEXT = "".join(  # (Blogger's post body: lines parted by <br>)
    f"Im {n}. Monat nach der Schließung der Filiale habe ich gelernt, wie man "
    "Überweisungen am Küchentisch erledigt und gefälschte SMS erkennt.<br><br>"
    for n in range(1, 5)
)


def authors(closing: str, tags: str) -> list[str]:
    html = page_with(
        "<div class='post'><h3 class='post-title'>Was ein Rentner über Online-Banking "
        f"gelernt hat</h3><div class='post-body'>{TEXT}{closing}</div>"
        "<div class='post-footer'>Eingestellt von <span class='fn' itemprop='author'>"
        "Sabine Roloff</span> · Labels: "
        f"{tags}</div></div>",
        "<title>Geldnotizen: Was ein Rentner über Online-Banking gelernt hat</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


GUEST = (
    "<a href='/search/label/Bank' rel='tag'>Bank</a>, "
    "<a href='/search/label/G' rel='tag'>Gastbeitrag</a>"
)
OTHER = (
    "<a href='/search/label/Bank' rel='tag'>Bank</a>, <a href='/search/label/R' rel='tag'>Rente</a>"
)
SIGNED = "<div style='text-align: right;'>Dieter Roloff</div>"


@pytest.mark.parametrize(
    ("closing", "tags", "expected"),
    [
        (SIGNED, GUEST, ["Dieter Roloff"]),
        (SIGNED, GUEST.replace("Gastbeitrag", "Guest Post"), ["Dieter Roloff"]),
        ("<p style='text-align: right;'><em>Dieter Roloff</em></p>", GUEST, ["Dieter Roloff"]),
        # no guest tag, a menu entry only, or no signature: the account's name stays
        (SIGNED, OTHER, ["Sabine Roloff"]),
        (SIGNED, OTHER + " <ul><li><a href='/g'>Gastbeiträge</a></li></ul>", ["Sabine Roloff"]),
        ("", GUEST, ["Sabine Roloff"]),
        ("<p>Viele Grüße an alle Leser</p>", GUEST, ["Sabine Roloff"]),
    ],
)
def test_guest_tag_signature(closing: str, tags: str, expected: list[str]) -> None:
    assert authors(closing, tags) == expected
