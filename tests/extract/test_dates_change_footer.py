"""An old site's footer naming the page's last change inline ("Letzte Änderung: 14.06.1998")
is no date line, however near the headline; small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Geldautomat ins Rathaus zieht")
URL = "http://www.kreisbote-musterstadt.example/archiv/1998/w23_bank.htm"


@pytest.mark.parametrize(
    "footer",
    ["Letzte Änderung: 14.06.1998", "letzte Änderung 14. Juni 1998"],
)
def test_the_last_change_in_the_footer_is_no_date_line(footer: str) -> None:
    body = (
        "<p><b>Ausgabe 23/1998 vom 10. Juni 1998</b> | <a href='/'>Titelseite</a></p>"
        f"<h1>Raiffeisenbank baut Geldautomaten im Rathaus</h1>{TEXT}<p>{footer}</p>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "1998-06-10"


def test_a_changed_rate_in_the_text_is_still_read() -> None:
    # "Änderung" alone (a rate's change) is no label of the page's last change
    body = (
        "<p><b>Ausgabe 23/1998</b></p><h1>Raiffeisenbank ändert die Zinsen</h1>"
        f"<p>Zinsänderung vom 10. Juni 1998</p>{TEXT}"
    )
    assert (published_on(body, "", URL) or "")[:10] == "1998-06-10"
