"""The size filter of shown_texts skips only elements whose text cannot be a title; the
headline texts it builds in one walk are those :func:`headline_texts` reads."""

from __future__ import annotations

from lxml import html

from newsarchive.extract.shown import _headline_joins, headline_texts, shown_texts
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


def test_the_joined_texts_are_the_headline_texts_of_every_element() -> None:
    tree = page(
        "<div>Vor <h1>Die <em>Bank</em> <span class='byline'>Von Anna</span> und"
        "<time>3. Mai</time> die <b></b>Medien</h1> nach <div><p>ein</p><p></p>"
        "<span><i>tief</i> innen</span> Rest</div><h3>Unterzeile</h3> Ende</div>"
        "<!-- ein Kommentar --><p>Absatz &amp; mehr</p>"
    )
    body = tree.find("body")
    joins = _headline_joins(body)
    elements = [e for e in body.iter() if isinstance(e.tag, str)]  # (not the comment)
    assert len(joins) == len(elements) == 15
    for element in elements:
        assert joins[element] == " ".join(headline_texts(element)), element.tag
    assert fix_text(joins[tree.find(".//h1")]) == "Die Bank und die Medien"
