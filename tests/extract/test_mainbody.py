"""trafilatura's body search run step by step: the same text as its public call, and the
readability comparison left out only where it cannot change the answer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import copy
from typing import Any

import pytest
import trafilatura
from extract_pages import ARTICLE, page_with
from lxml import etree

from newsarchive.extract import data, mainbody
from newsarchive.extract.parsing import parse
from newsarchive.extract.text import fold

URL = "https://www.finanzblatt.example/banken/artikel-1.html"
VIDEO = "https://www.youtube.com/embed/x"

NAV = "<div class='nav-links'>" + " ".join(f"<a href='/r{n}'>Rubrik {n}</a>" for n in range(30))
NAV += "</div>"
LONG = "Die Sparkasse Musterstadt erklärt ihren Kunden, warum sie auf Instagram setzt. " * 6

SCRIPT = "'x': 1, " * 2000
STYLE = ".teaser { color: red } " * 500

#: Kinds of page that take the comparison's different ways.
PAGES = {
    # an article that is most of the page's text: readability cannot win
    "article": page_with(f"<article><h1>Banken twittern</h1>{ARTICLE}</article>"),
    # the article is a small part of a page full of other text: readability is computed
    "long-page": page_with(
        f"<article>{ARTICLE}</article>" + "".join(f"<div><p>{LONG} {n}</p></div>" for n in range(8))
    ),
    # text in <div>s only, no paragraphs: the structural test decides
    "divs-only": page_with("".join(f"<div>{LONG} {n}</div>" for n in range(5))),
    # more tables than paragraphs
    "tables": page_with(
        "<article><p>Gebühren im Überblick:</p>"
        + "".join(f"<table><tr><td>Konto {n}</td><td>{LONG}</td></tr></table>" for n in range(3))
        + "</article>"
    ),
    # a short text: justext gets its say
    "short": page_with("<article><p>Die Volksbank ist jetzt auf Instagram.</p></article>" + NAV),
    # a short text alone: readability cannot win, justext gets its say (on the cleaned tree
    # made for it alone)
    "short-alone": page_with(
        "<article><p>Die Volksbank ist jetzt auf Instagram, sagt sie.</p></article>"
    ),
    # a video iframe: readability would write text into it
    "iframe": page_with(f"<article>{ARTICLE}<iframe src='{VIDEO}'></iframe></article>"),
    "empty": page_with("<div></div>"),
    # comment sections and an infinite-scroll container: trafilatura's raw-tree prunes run
    "comments": page_with(
        f"<article><h1>Banken twittern</h1>{ARTICLE}</article>"
        + f"<section id='comments'><p>{LONG}</p></section><ol class='commentlist'><li>{LONG}</li>"
        + f"</ol><div class='infinite-scroll'><p>{LONG}</p></div>"
    ),
    # an article beside scripts and styles longer than it: readability drops those first
    "scripted": page_with(
        f"<article><h1>Banken twittern</h1>{ARTICLE}</article>"
        + f"<script>var config = {{{SCRIPT}}};</script><style>{STYLE}</style>"
    ),
}


def public_text(tree: etree._Element) -> str:
    doc = trafilatura.bare_extraction(tree, url=URL, **mainbody.PUBLIC_SETTINGS)
    return getattr(doc, "text", None) or ""


@pytest.fixture
def public_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(data, "TRAFILATURA_STEPWISE_VERSIONS", ())
    mainbody.stepwise.cache_clear()
    yield
    mainbody.stepwise.cache_clear()


def test_installed_trafilatura_is_run_step_by_step() -> None:
    assert mainbody.stepwise()


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_same_text_as_the_public_call(kind: str) -> None:
    expected = public_text(parse(PAGES[kind].decode()))
    assert mainbody.body_text(parse(PAGES[kind].decode()), URL) == expected


def test_same_text_on_a_part_of_the_page() -> None:
    tree = parse(PAGES["long-page"].decode())
    part = tree.find(".//article")
    expected = public_text(parse(PAGES["long-page"].decode()).find(".//article"))
    assert part is not None
    assert mainbody.body_text(part, URL) == expected


def test_other_trafilatura_versions_get_the_public_call(public_only: None) -> None:
    assert not mainbody.stepwise()
    tree = parse(PAGES["article"].decode())
    assert mainbody.body_text(tree, URL) == public_text(parse(PAGES["article"].decode()))


def body(html: str) -> etree._Element:
    return etree.fromstring(f"<body>{html}</body>")


def raw(text: str, extra: str = "") -> etree._Element:
    return parse(page_with(f"<p>{text}</p>{extra}").decode())


@pytest.mark.parametrize(
    ("page_text", "extra", "own", "length", "expected"),
    [
        # the page's text is at most twice ours and ours has paragraphs: readability loses
        ("x" * 300, "", "<p>text</p>", 200, True),
        # the page holds more than twice our text: readability could be longer
        ("x" * 500, "", "<p>text</p>", 200, False),
        # nothing of our own: readability wins whenever it finds something
        ("x" * 10, "", "<p></p>", 0, False),
        # no paragraph text of our own on a long page: the structural test could pick it
        ("x" * 600, "", "<div>text</div>", 500, False),
        # more tables than paragraphs
        ("x" * 600, "", "<p>a</p><table/><table/>", 500, False),
        # ... but our own body is over twice the page's text: it stays whatever its shape
        ("x" * 600, "", "<div>text</div>", 1201, True),
        ("x" * 600, "", "<p>a</p><table/><table/>", 1201, True),
        ("x" * 600, "", "<div>text</div>", 1200, False),
        # a page too short for the structural test
        ("x" * 100, "", "<div>text</div>", 90, True),
        # an iframe: readability may write into it
        ("x" * 300, f"<iframe src='{VIDEO}'></iframe>", "<p>t</p>", 200, False),
        # script and style content is not text readability can return
        ("x" * 300, "<script>" + "y" * 500 + "</script>", "<p>t</p>", 200, True),
        ("x" * 300, "<style>" + "y" * 500 + "</style>", "<p>t</p>", 200, True),
        # ... but the text after a script is
        ("x" * 300, "<script>s</script>" + "y" * 200, "<p>t</p>", 200, False),
        # a <fencedframe> (dropped by readability too) counts with all its text: not checked
        ("x" * 300, "<fencedframe>" + "y" * 500 + "</fencedframe>", "<p>t</p>", 200, False),
    ],
)
def test_readability_cannot_win(
    page_text: str, extra: str, own: str, length: int, expected: bool
) -> None:
    tree = raw(page_text, extra)
    assert mainbody.readability_cannot_win(tree, body(own), length, 250) is expected


def test_whitespace_does_not_count_towards_the_bound() -> None:
    tree = raw("wort   \n\n   " * 50)  # 50 words, folded 249 characters
    assert mainbody.readability_cannot_win(tree, body("<p>t</p>"), 125, 250)
    assert not mainbody.readability_cannot_win(tree, body("<p>t</p>"), 124, 250)


def readability_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The text length of each tree trafilatura hands readability from now on (the calls
    still run readability)."""
    from trafilatura import external

    calls: list[int] = []
    real = external.try_readability

    def counted(tree: Any) -> Any:
        calls.append(len(tree.text_content()))
        return real(tree)

    monkeypatch.setattr(external, "try_readability", counted)
    return calls


@pytest.mark.parametrize(
    ("kind", "compared"), [("article", False), ("long-page", True), ("scripted", False)]
)
def test_readability_runs_only_where_it_could_win(
    kind: str, compared: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = readability_calls(monkeypatch)
    assert mainbody.body_text(parse(PAGES[kind].decode()), URL)
    assert len(calls) == 1
    assert bool(calls[0]) is compared


def test_a_page_trafilatura_discards_gives_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from trafilatura import core

    def fail(*args: object) -> None:
        raise ValueError("no body")

    monkeypatch.setattr(core, "extract_content", fail)
    assert public_text(parse(PAGES["article"].decode())) == ""
    assert mainbody.body_text(parse(PAGES["article"].decode()), URL) == ""


#: Class and id values around the texts trafilatura's raw-tree prunes look for.
MARKS = (
    "comment", "Comments", "commentary", "comment-list", "comol", "disqus_thread",
    "dsq-comments", "post-comments", "article-comments", "user-comment", "mvp-post-add-box",
    "mvp-post-add-wrap", "infinite-scroll", "infinitescroll", "elementor-share-buttons",
    "share", "content", "",
)  # fmt: skip


@pytest.mark.parametrize("name", sorted(data.TRAFILATURA_PRUNE_NEEDLES))
def test_every_element_a_prune_selects_has_one_of_its_texts(name: str) -> None:
    from trafilatura import core

    needles = data.TRAFILATURA_PRUNE_NEEDLES[name]
    tags = ("div", "section", "aside", "details", "list", "ol", "ul")
    parts = [
        f"<{tag} class='{c}' id='{i}'><p>x</p></{tag}>"
        for tag in tags
        for c in MARKS
        for i in MARKS
    ]
    tree = etree.fromstring(f"<html><body>{''.join(parts)}</body></html>")
    selected = [element for expression in getattr(core, name) for element in expression(tree)]
    assert selected  # (the samples reach every prune)
    for element in selected:
        marks = f"{element.get('class')} {element.get('id')}"
        assert any(needle in marks for needle in needles), marks


@pytest.mark.parametrize(
    ("marks", "runs"),
    [("content header", False), ("main post-comments", True), ("x comol", True)],
)
def test_a_prune_runs_only_where_its_texts_occur(
    marks: str, runs: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trafilatura import core

    calls: list[object] = []
    monkeypatch.setattr(core, "prune_unwanted_nodes", lambda tree, xpaths: calls.append(xpaths))
    mainbody._prune(etree.fromstring("<html/>"), "REMOVE_COMMENTS_XPATH", marks)
    assert bool(calls) is runs


def test_class_and_id_text() -> None:
    tree = parse(page_with("<div class='a b' id='c'><p id='d'>text</p></div>").decode())
    assert set(mainbody.class_and_id_text(tree).split()) >= {"a", "b", "c", "d"}


def test_readable_length_leaves_the_tree_as_it_was() -> None:
    tree = raw("x" * 10, "<script type='application/ld+json'>{}</script>tail<style>p {}</style>")
    before = etree.tostring(tree)
    assert mainbody.readable_length(tree) == len("x" * 10 + "tail")
    assert etree.tostring(tree) == before


@pytest.mark.parametrize("url", ["https://example.org/a/b", "", "https://example.org/\udcff"])
def test_options_are_those_the_constructor_builds(url: str) -> None:
    # the copied options equal trafilatura's own for the url, and one page's url does not
    # stay on the next page's options
    from trafilatura.settings import Extractor

    built = Extractor(output_format="python", precision=True, comments=False, tables=True, url=url)
    for other in ("https://example.net/x", url):
        copied = mainbody.extractor_options(other)
        if other == url:
            assert {n: getattr(copied, n) for n in Extractor.__slots__} == {
                n: getattr(built, n) for n in Extractor.__slots__
            }
        else:
            assert copied.url == copied.source == other


@pytest.mark.parametrize(
    ("kind", "cleanings"), [("article", 1), ("comments", 1), ("short-alone", 2), ("short", 2)]
)
def test_the_tree_for_justext_is_cleaned_only_where_justext_may_read_it(
    kind: str, cleanings: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trafilatura import core

    calls: list[None] = []
    real = core.tree_cleaning

    def counted(tree: Any, options: Any) -> Any:
        calls.append(None)
        return real(tree, options)

    monkeypatch.setattr(core, "tree_cleaning", counted)
    expected = public_text(parse(PAGES[kind].decode()))
    calls.clear()
    assert mainbody.body_text(parse(PAGES[kind].decode()), URL) == expected
    assert len(calls) == cleanings


#: A page whose share bar and sidebar (classes trafilatura's discard prune selects) hold
#: more text than the article: readability reads the page without them.
SIDEBARS = (
    f"<article><h1>Banken twittern</h1>{ARTICLE}</article>"
    f"<div class='share-tools'><p>{LONG}</p><div class='sidebar'><p>{LONG}</p></div></div>"
    f"<section><div id='sidebar-1'><p>{LONG}</p></div>tail</section>"
    f"<div class='social'><script>var x = 1;</script><p>{LONG}</p></div><p>{LONG}</p>"
)


def test_discarded_length_counts_the_outermost_parts_the_prune_selects() -> None:
    tree = parse(page_with(SIDEBARS).decode())
    # the share bar (its sidebar inside it once) and the id-marked sidebar, not its tail;
    # not the part with a script inside, not the paragraphs outside: the folded length of
    # each part's text (its characters and the spaces between its words)
    assert mainbody.discarded_length(tree) == len(fold(LONG * 2)) + len(fold(LONG))


def test_discarded_length_is_what_the_prune_takes_at_least() -> None:
    from trafilatura import external

    tree = parse(page_with(SIDEBARS).decode())
    pruned = external.prune_unwanted_nodes(copy(tree), external.OVERALL_DISCARD_XPATH)
    bound = mainbody.readable_length(tree) - mainbody.discarded_length(tree)
    assert mainbody.readable_length(pruned) <= bound


@pytest.mark.parametrize(
    "html",
    [
        # a part inside a word, between words, joined to one side, two parts side by side,
        # a part of spaces only, a part of one word between two words
        "<p>ab<span class='share-x'>c d e</span>fg h</p>",
        "<p>ab <span class='share-x'>c d e</span> fg</p>",
        "<p>ab<span class='share-x'> c d </span>fg</p>",
        "<p>ab<span class='share-x'>c d</span><span class='social'>e f</span>g</p>",
        "<p>a<span class='share-x'>   </span>b</p>",
        "<p>a<span class='share-x'>b</span>c d</p>",
        "<div class='sidebar'>c d</div><p>ab</p>",
    ],
)
def test_discarded_length_bounds_what_the_prune_takes_off_the_folded_text(html: str) -> None:
    from trafilatura import external

    tree = parse(page_with(html).decode())
    pruned = external.prune_unwanted_nodes(copy(tree), external.OVERALL_DISCARD_XPATH)
    taken = mainbody.readable_length(tree) - mainbody.readable_length(pruned)
    discarded = mainbody.discarded_length(tree)
    assert discarded <= taken
    assert discarded > 0 or "   " in html  # (the part of spaces only counts nothing)


def test_discarded_length_leaves_out_the_root() -> None:
    root = etree.fromstring(f"<div class='sidebar'><p>{LONG}</p></div>")
    assert mainbody.discarded_length(root) == 0


def test_a_page_longer_only_by_its_discarded_parts_skips_readability(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_with(
        f"<article><h1>Banken twittern</h1>{ARTICLE}</article>"
        + "".join(f"<div class='share-tools'><p>{LONG} {n}</p></div>" for n in range(8))
    )
    calls = readability_calls(monkeypatch)
    text = mainbody.body_text(parse(page.decode()), URL)
    assert calls == [0]  # (handed the empty page)
    assert text == public_text(parse(page.decode()))


def test_discarded_length_bounds_the_prune_on_the_invented_pages() -> None:
    from pathlib import Path

    from trafilatura import external

    from newsarchive.extract.evaluation import load_pages
    from newsarchive.extract.parsing import decode_text

    corpus = Path(__file__).parent.parent / "fixtures" / "extract_realstyle" / "a"
    counted = 0
    for page in load_pages(corpus):
        tree = parse(decode_text(page.body, None))
        discarded = mainbody.discarded_length(tree)
        pruned = external.prune_unwanted_nodes(copy(tree), external.OVERALL_DISCARD_XPATH)
        assert mainbody.readable_length(pruned) <= mainbody.readable_length(tree) - discarded
        counted += discarded > 0
    assert counted  # (some pages have parts the prune takes)


@pytest.mark.parametrize("value", ["share-tools", "sidebar-1", "social", "article-body", ""])
def test_the_kept_discard_tests_answer_as_the_patterns(value: str) -> None:
    from trafilatura import xpaths

    tests = mainbody._discard_patterns()
    assert tests is not None
    both = xpaths._OVERALL_DISCARD_BOTH_TOKENS
    patterns = (
        xpaths._alt(both + xpaths._OVERALL_DISCARD_CLASS_TOKENS),
        xpaths._alt(both + xpaths._OVERALL_DISCARD_ID_TOKENS),
    )
    for test, pattern in zip(tests, patterns, strict=True):
        for _ in range(2):  # (the answer asked again is the one kept)
            assert test(value) is (re.search(pattern, value) is not None)


def test_discarded_length_is_the_same_asked_again() -> None:
    tree = parse(page_with(SIDEBARS).decode())
    assert mainbody.discarded_length(tree) == mainbody.discarded_length(tree) > 0
