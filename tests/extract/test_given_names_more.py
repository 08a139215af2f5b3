"""Common given names the gazetteer lacked (``data/givennames.py``, general knowledge by
origin: "Mira", "Gesa", "Tessa", "Selim", "Fabienne", "Beatrix"): a co-writer the byline
shows beside the metadata's one, and a name card's person, open with one. Issue 11,
session 59: 5 read judges' authors up (ca, de_full102, de_full252, de_full287, en_ah),
none down, dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

from newsarchive.extract.givenname import opens_with_given_name

URL = "https://www.volksbank-lahnaue.example/nachrichten/whatsapp-beratung"


@pytest.mark.parametrize(
    "name", ["Mira Okafor", "Gesa Ahrends", "Tessa Lindqvist", "Selim Karaca", "Saoirse Byrne"]
)
def test_a_common_given_name_opens_a_person_s_name(name: str) -> None:
    assert opens_with_given_name(name)


@pytest.mark.parametrize("second", ["Mira Okafor", "Selim Karaca", "Fabienne Roth"])
def test_the_byline_s_co_writer_beside_the_metadata_s_one(second: str) -> None:
    # TYPO3's news byline: "von" <span itemprop="name">Dr. A und B</span>, the meta tag A
    byline = (
        "<span class='news-list-author' itemprop='author' itemscope "
        "itemtype='http://schema.org/Person'>von "
        f"<span itemprop='name'>Dr. Lena Weyer und {second}</span></span>"
    )
    article = (
        "<div class='header'><h1 itemprop='headline'>Beratung jetzt per WhatsApp</h1></div>"
        f"<div class='footer'><p>{byline}</p></div>"
        f"{paragraphs('sie Termine per Messenger vergibt', 3)}"
    )
    head = "<meta name='author' content='Lena Weyer'>"
    # (the byline's titled form since session 61: ``TITLED_JOINED_NODE``)
    assert extracted(article, URL, head)["authors"] == ["Dr. Lena Weyer", second]
