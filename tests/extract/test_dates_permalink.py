"""A page listing several posts whose address names one of them (a channel's web view
``/s/kanal/5691``, a thread's ``/post/5691``): the date of the post whose ``data-post`` or
``id`` ends with that number, not the first post's (dates_t's misses, issue 11). Small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

TEXT = (
    "Derzeit kursieren SMS, die angeblich von Banken stammen und zur Freigabe eines neuen "
    "Geräts auffordern. Klickt nicht auf die Links und gebt niemals TANs oder Zugangsdaten ein."
)


def _post(attr: str, number: str, moment: str, text: str) -> str:
    return (
        f"<div class='message widget' {attr}='{number}'><div class='text'>{text}</div>"
        f"<div class='footer'><time datetime='{moment}'>{moment[11:16]}</time></div></div>"
    )


def _channel(attr: str, prefix: str) -> str:
    return (
        "<main><h1>Verbraucher Digital</h1>"
        + _post(attr, f"{prefix}5690", "2023-03-20T05:30:00+00:00", "Heute Abend Fragestunde.")
        + _post(attr, f"{prefix}5691", "2023-03-21T08:30:00+00:00", TEXT)
        + _post(attr, f"{prefix}5692", "2023-03-22T10:30:00+00:00", "Die Störung ist behoben.")
        + "</main>"
    )


@pytest.mark.parametrize(
    ("attr", "prefix", "url"),
    [
        ("data-post", "verbraucher_digital/", "https://kanal.example/s/verbraucher_digital/5691"),
        ("id", "post-", "https://forum.example/thread/4711/post/5691/"),
    ],
)
def test_the_post_the_address_names_gives_the_date(attr: str, prefix: str, url: str) -> None:
    assert published_on(_channel(attr, prefix), "", url)[:10] == "2023-03-21"


def test_an_address_naming_no_post_of_the_page_keeps_the_first_date() -> None:
    page = _channel("data-post", "verbraucher_digital/")
    assert published_on(page, "", "https://kanal.example/s/verbraucher_digital/15691")[:10] == (
        "2023-03-20"
    )
