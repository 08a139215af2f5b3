"""The teaser inside an element typed as an article in schema.org microdata is the lead,
without a description to confirm it (issue 11, English body rules from en_g's and en_h's
misses: TYPO3's news extension), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://bankforum.example/en/news/detail/banks-reply-in-public"
TEASER = "Three savings banks now answer customers on social networks, with mixed results."
TEXT = "".join(
    f"<p>Kestrel Bank explains in paragraph {n} why its staff now answer account questions "
    "in public and how long a reply takes on each of the apps.</p>"
    for n in range(1, 5)
)


def _lead(itemtype: str) -> str:
    page = page_with(
        f'<div class="news"><div class="article" itemscope itemtype="{itemtype}">'
        "<h1>Banks reply in public</h1>"
        '<div class="extra"><p>Payments</p><p>Cards</p><p>Social media</p></div>'
        f'<div class="teaser-text" itemprop="description"><p>{TEASER}</p></div>'
        f'<div class="news-text-wrap" itemprop="articleBody">{TEXT}</div></div></div>'
    )
    return str(extract(page, URL, fetched_at=FETCHED)["lead"])


def test_the_teaser_of_a_microdata_article_is_the_lead() -> None:
    assert _lead("http://schema.org/Article") == TEASER
    assert _lead("https://schema.org/BlogPosting") == TEASER


def test_the_same_element_in_another_microdata_scope_is_no_lead() -> None:
    assert _lead("http://schema.org/Event") == ""
