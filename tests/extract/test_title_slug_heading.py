"""The headline the page's address spells: where the title chosen is another text (a
project's name over its update, a paper's name over an article of its issue) while a
heading spells the address's last segment and no more, that heading is the headline; a
heading that holds the title with a kicker before it, a breadcrumb's item, a file's name and
a short address are left. Issue 11, session 60: 11 read judges' titles up, 1 down, dev
unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

PROJECT = "https://www.anstossfonds-ellertal.example/projekte/ellertaler/neuigkeiten/{slug}"
UPDATE = "10.000 Euro geschafft – und die Sparkasse ist mit im Boot"


def project_page(slug: str, update: str = UPDATE, h1_class: str = "project__title") -> dict:
    """A crowdfunding project's update: the project's name in the ``<title>`` and ``<h1>``,
    the update's headline in an ``<h2>``."""
    body = (
        f"<header><h1 class='{h1_class}'>Ellertaler – das Regiogeld für die Stadt</h1></header>"
        f"<article><h2 class='update__title'>{update}</h2>"
        + paragraphs("sie das Regiogeld unterstützt", 4)
        + "</article><aside><h3>Projektstarterin</h3><p>Lena Berger</p></aside>"
    )
    head = "<title>Ellertaler – das Regiogeld für die Stadt | Anstoßfonds</title>"
    return extract(page_with(body, head), PROJECT.format(slug=slug), fetched_at=FETCHED)


@pytest.mark.parametrize(
    "slug",
    [
        "10-000-euro-geschafft-und-die-sparkasse-ist-mit-im-boot",
        "10000-euro-geschafft-und-die-sparkasse-ist-mit-im-boot.html",
        "euro-geschafft-die-sparkasse-ist-mit-im-boot/",  # (a slug without its stop words)
    ],
)
def test_the_heading_the_address_spells_is_the_headline(slug: str) -> None:
    assert project_page(slug)["title"] == UPDATE


def test_umlauts_spelled_out_in_the_address() -> None:
    update = "Über 500 Läden nehmen jetzt Ellertaler – auch in Größenau"
    slug = "ueber-500-laeden-nehmen-jetzt-ellertaler-auch-in-groessenau"
    assert project_page(slug, update)["title"] == update


@pytest.mark.parametrize(
    "slug",
    [
        "4711",  # an id, no headline's words
        "news",
        "neuigkeit-zum-projekt-vom-maerz",  # the words of no heading
    ],
)
def test_an_address_that_spells_no_heading_leaves_the_title(slug: str) -> None:
    assert project_page(slug)["title"] != UPDATE


def test_a_heading_with_a_kicker_before_the_title_is_left() -> None:
    body = (
        "<div class='topline'><h3>Regiogeld im Test: Ellertaler kommt aufs Smartphone</h3></div>"
        "<article><h1>Ellertaler kommt aufs Smartphone</h1>"
        + paragraphs("das Regiogeld digital wird", 4)
        + "</article>"
    )
    url = "https://www.ellertal-news.example/regiogeld-im-test-ellertaler-kommt-aufs-smartphone/"
    found = extract(page_with(body), url, fetched_at=FETCHED)["title"]
    assert found == "Ellertaler kommt aufs Smartphone"  # the kicker's heading holds the title


def test_a_breadcrumb_s_heading_is_no_headline() -> None:
    slug = "10-000-euro-geschafft-und-die-sparkasse-ist-mit-im-boot"
    body = (
        f"<nav><h1 class='breadcrumb_last'>{UPDATE}</h1></nav>"
        "<article><h2 class='entry-title' itemprop='headline'>Zehntausend Euro für den "
        "Ellertaler: Sparkasse steigt ein</h2>"
        + paragraphs("sie das Regiogeld unterstützt", 4)
        + "</article>"
    )
    found = extract(page_with(body), PROJECT.format(slug=slug), fetched_at=FETCHED)["title"]
    assert found == "Zehntausend Euro für den Ellertaler: Sparkasse steigt ein"
