"""The size filter of shown_texts skips only elements whose text cannot be a title."""

from __future__ import annotations

from lxml import html

from newsarchive.extract.shown import headline_texts, shown_texts
from newsarchive.extract.text import fix_text

TITLE = "Die Bank und die Medien"
# texts longer than the title in the page source that fix_text shortens to the title
SHRUNK = [
    "Die B" + "\u00ad" * 30 + "ank und die Medien",
    "Die Bank &#117;nd die Medien &amp;&amp;&amp;&amp;&amp;&amp;",
    "Die Bank " + "\u200b" * 30 + "und die Medien",
    "Die Bank und die M\u00c3\u00a4dien \u00c3\u00a4\u00c3\u00a4\u00c3\u00a4",
]


def _naive(tree: html.HtmlElement, titles: list[str]) -> set[str]:
    """Every element compared, no size filter (skipped parts aside: the real test runs)."""
    wanted = set(titles)
    texts = {
        fix_text(" ".join(headline_texts(e))).lower()
        for e in tree.find("body").iter("h1", "h2", "h3", "h4", "p", "div", "span", "strong")
    }
    return wanted & texts


def page(inner: str) -> html.HtmlElement:
    return html.fromstring(f"<html><body><main>{inner}</main></body></html>")


def test_a_title_padded_with_removable_characters_is_still_found() -> None:
    padded = "Die B" + "\u00ad" * 40 + "ank &amp; die Medien"
    tree = page(f"<div><strong>{padded}</strong></div><p>{'Wort ' * 50}</p>")
    assert shown_texts(tree, ["die b" + "ank & die medien"]) == {"die bank & die medien"}


def test_mojibake_longer_than_the_title_is_repaired_and_found() -> None:
    broken = "Die Bank und die Medien: Gr" + "\u00c3\u00bc" * 5
    tree = page(f"<div><span>{broken}</span></div>")
    assert shown_texts(tree, ["die bank und die medien: grüüüüü"]) == {
        "die bank und die medien: grüüüüü"
    }


def test_a_byline_inside_does_not_count_towards_the_size() -> None:
    byline = "<span class='byline'>" + "Von Anna Muster " * 20 + "</span>"
    tree = page(f"<div><strong>{TITLE}</strong>{byline}</div>")
    assert shown_texts(tree, [TITLE.lower()]) == {TITLE.lower()}


def test_the_filter_agrees_with_comparing_every_element() -> None:
    blocks = "".join(
        f"<div class='x{i}'><div><span>{text}</span></div><p>{'Satz ' * i}</p></div>"
        for i, text in enumerate([TITLE, *SHRUNK, "Etwas anderes"])
    )
    tree = page(f"<div>{blocks}<div><strong>{TITLE}</strong></div></div>")
    titles = [TITLE.lower(), "satz satz", "etwas anderes", "satz"]
    assert shown_texts(tree, titles) == _naive(tree, titles)
    assert shown_texts(tree, titles) >= {TITLE.lower(), "etwas anderes", "satz"}
