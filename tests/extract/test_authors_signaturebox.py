"""A post's signature box (class ``signature``, ``sig``: boards and blogs) naming the writer
in full where the post credits nobody, only the site or a login (kind read in halves AR and
AS, issue 11): the name read, on small invented pages; a nickname, a group, a company and a
reply's signature left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://forum.sparerrunde.example/thread.php?id=412"
TEXT = "".join(
    f"<p>Im {n}. Monat hat meine Direktbank die Zinsen fürs Tagesgeld wieder gesenkt, während "
    "die Filiale im Ort kaum etwas geändert hat. Wie sind eure Erfahrungen damit?</p>"
    for n in range(2, 6)
)


def authors(sig: str, poster: str = "h.kellermann", sig_class: str = "signature") -> list[str]:
    html = page_with(
        "<h1>Tagesgeld: Wer zahlt noch Zinsen?</h1><table class='posts'><tr>"
        f"<td class='row'><b>{poster}</b><br>Mitglied<br>Beiträge: 53</td><td class='row'>"
        f"<div class='postcolor'>{TEXT}</div><div class='{sig_class}'>{sig}</div></td></tr>"
        "<tr><td class='row'><b>depotfuchs</b></td><td class='row'><p>Bei mir genauso.</p>"
        "<div class='signature'>Gruß<br>Frank Lerche</div></td></tr></table>",
        "<title>Tagesgeld: Wer zahlt noch Zinsen? - Sparerrunde</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("sig", "expected"),
    [
        ("--------------------<br>Hannes Kellermann<br>Tübingen", ["Hannes Kellermann"]),
        ("Viele Grüße<br>Hannes Kellermann", ["Hannes Kellermann"]),
        ("— Hannes Kellermann, Bausparer seit 1998", ["Hannes Kellermann"]),
        ("Eure Jana Lüttke (Moderation)", ["Jana Lüttke"]),
        ("Für den Vorstand<br>Jana Lüttke und Hannes Kellermann",
         ["Jana Lüttke", "Hannes Kellermann"]),
        # a nickname, a group, a company, a motto: nobody
        ("--------------------<br>Bullenfreund", []),
        ("Der Vorstand", []),
        ("--------------------<br>Moderation Sparerrunde", []),
        ("Ihr Team der Kanzlei Ebeling", []),
        ("Ihre Raiffeisenbank Lindtal", []),
        ("Sparen ist die beste Rendite.", []),
    ],
)  # fmt: skip
def test_signature_box_of_a_login(sig: str, expected: list[str]) -> None:
    assert authors(sig) == expected


def test_a_full_name_over_the_post_keeps_it() -> None:
    assert authors("Viele Grüße<br>Hannes Kellermann", poster="Jana Lüttke") == ["Jana Lüttke"]


def test_other_classes_are_no_signature_box() -> None:
    assert authors("Viele Grüße<br>Hannes Kellermann", sig_class="signal") == []
