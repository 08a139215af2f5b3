"""The shared page index answers as the whole-page XPaths it replaces."""

from __future__ import annotations

import re

import lxml.html
import pytest
from lxml import etree

from newsarchive.extract import data, index, lead, pruning
from newsarchive.extract.parsing import parse

PAGE = """<html><head><title>t</title>
<link rel="canonical" href="/a"><meta name="x" content="1"><meta name="y">
</head><body class="home-page">
<header><a href="/" class="logo-link">Site</a><h1>\u00a0</h1></header>
<div id="main" class="lead-box"><h1> Headline </h1>
<p class="intro teaser">One</p><span itemprop="description">Two</span>
<meta itemprop="description" content="three"><time datetime="2026-01-02">2 Jan</time>
<div class="entry-meta comment-x"><span class="date">d</span></div>
<article data-author="x"><footer class="post-footer">f</footer></article>
<form><input class="brand"></form></div>
<div id="comments" class=""><p class="summary">c</p></div>
</body></html>"""


@pytest.fixture
def tree() -> lxml.html.HtmlElement:
    return parse(PAGE)


@pytest.mark.parametrize(
    "parts",
    [
        ("lead", "intro"), ("date", "time"), ("brand", "logo"), ("post-footer", "nothing"), ("",),
        # parts are literal text, not patterns
        ("lead.box",), ("entry-meta comment",), ("(intro|logo)",), ("^lead",), ("teaser$",),
    ],
)  # fmt: skip
def test_with_class_is_the_class_xpath(tree: lxml.html.HtmlElement, parts: tuple[str, ...]) -> None:
    test = " or ".join(f"contains(., '{p}')" for p in parts)
    expected = tree.xpath(f"//@class[{test}]/..")
    assert [e for _, e in index.with_class(tree, parts)] == expected


def test_with_class_answers_each_set_of_parts_apart(tree: lxml.html.HtmlElement) -> None:
    # the same class values asked for with other parts (the per-value answers are kept)
    for _ in range(2):
        assert [e.get("class") for _, e in index.with_class(tree, ("intro",))] == ["intro teaser"]
        assert [e.get("class") for _, e in index.with_class(tree, ("teaser", "logo"))] == [
            "logo-link",
            "intro teaser",
        ]
        assert index.with_class(tree, ()) == []


ROW = (
    '<html><body><p class="">a</p><p class="x-entry">b</p><div class="post hentry entry">c'
    '<span class="entry h-entry">d</span></div><i class="last entry">e</i></body></html>'
)


@pytest.mark.parametrize(
    "parts",
    [("entry",), ("",), ("entry", "entry"), ("last", "post"), ("yl",), ("\x00",), ("try", "z")],
)
def test_with_class_finds_each_value_once_in_document_order(parts: tuple[str, ...]) -> None:
    # several hits in a value, an empty class, the last value, a part across two values
    tree = parse(ROW)
    expected = [
        e
        for e in tree.iter()
        if e.get("class") is not None and any(p in e.get("class") for p in parts)
    ]
    found = index.with_class(tree, parts)
    assert [e for _, e in found] == expected
    assert [p for p, _ in found] == sorted({p for p, _ in found})


@pytest.mark.parametrize(
    ("parts", "found"),
    [
        (("hent",), True),
        (("yl",), False),
        (("x", "ry h-e"), True),
        (("\x00",), False),
        ((), False),
    ],
)
def test_any_class_contains(parts: tuple[str, ...], found: bool) -> None:
    # the class values joined, never found across two of them
    tree = parse(ROW)
    assert index.any_class_contains(tree, parts) is found
    assert any(index.contains_any(c, parts) for _, _, c in index.page_index(tree).classed) is found


def test_classed_matching_is_a_search_in_each_class_value() -> None:
    tree = parse(ROW)
    for pattern in (data.HATOM_ENTRY, re.compile("entry"), re.compile("(?<![\\w-])entry")):
        expected = [e for _, e, c in index.page_index(tree).classed if pattern.search(c)]
        assert index.classed_matching(tree, pattern) == expected
    assert [e.text for e in index.classed_matching(tree, data.HATOM_ENTRY)] == ["c", "d"]


def test_contains_any_keeps_answers_per_set_of_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    # the answers are kept per value and per tuple of parts (one value asked with other
    # parts gets its own answer), parts are literal text, and a full table is emptied
    monkeypatch.setattr(index, "MATCHES_MAX", 3)
    values = ["author-box", "byline", "a.b", "post author", "", "x" * 5, "by-line", "author"]
    for parts in [("author",), ("by",), ("a.b", "line"), ("",), (), ("author",)]:
        for _ in range(2):
            assert [index.contains_any(v, parts) for v in values] == [
                any(p in v for p in parts) for v in values
            ]
            assert len(index._MATCHES.get(parts, {})) <= index.MATCHES_MAX + 1


def test_in_order_is_an_xpath_union(tree: lxml.html.HtmlElement) -> None:
    pages = index.page_index(tree)
    links = [(p, a) for p, a in pages.tags["a"] if a.get("href") == "/"]
    merged = index.in_order(links, index.with_class(tree, ("logo", "intro")))
    assert merged == tree.xpath(
        "//a[@href='/'] | //@class[contains(., 'logo') or contains(., 'intro')]/.."
    )


def test_marked_lists_classed_identified_and_forms(tree: lxml.html.HtmlElement) -> None:
    listed = [e for _, e, _, _ in index.page_index(tree).marked]
    assert listed == tree.xpath("//*[@class or @id] | //form")


def test_first_headline_skips_xpath_whitespace_only(tree: lxml.html.HtmlElement) -> None:
    # a no-break space is text for XPath's normalize-space(), unlike Python's isspace()
    assert index.first_headline(tree) is tree.xpath("//h1[normalize-space()]")[0]
    assert index.first_headline(parse("<html><body><h1> \n</h1><p>x</p></body></html>")) is None


def test_index_is_shared_and_forgotten_when_the_tree_changes(tree: lxml.html.HtmlElement) -> None:
    first = index.page_index(tree)
    assert index.page_index(tree.find("body")) is first  # (any element of the page)
    pruning.drop_boilerplate(tree)
    again = index.page_index(tree)
    assert again is not first
    assert [e for _, e, _, _ in again.marked] == tree.xpath("//*[@class or @id] | //form")
    assert not tree.xpath("//*[@id='comments'] | //form")


def test_lead_candidates_in_order(tree: lxml.html.HtmlElement) -> None:
    described, standfirsts, classed = lead.lead_candidates(tree)
    assert [e.text for e in described] == ["Two"]  # (not the <meta>)
    assert [e.text for e in standfirsts] == ["One"]  # (a teaser class right after the <h1>)
    assert [e.get("class") for e in classed] == ["lead-box", "intro teaser", "summary"]


HEADINGS = """<html><body><nav><h2>Menu</h2><h1>Site</h1></nav>
<h2 class="big-headline">A</h2><h2><span class="headline">B</span></h2><h2>Ccc</h2>
<meta itemprop="headline" content="x"><div itemprop="headline">D</div><h3>Eee</h3>
<footer><h3>Fff</h3></footer>
<li class="comment  bypostauthor\tx"><cite>Anna</cite><span class="fn">A. R.</span></li>
</body></html>"""


def test_headline_elements_are_the_headline_xpath() -> None:
    from newsarchive.extract.title import _headline_elements, _repeated_headings

    tree = parse(HEADINGS)
    expected = tree.xpath(
        "//h1 | //h2[.//*[contains(@class, 'headline')] or contains(@class, 'headline')]"
        " | //*[@itemprop][@itemprop='headline' and not(self::meta)]"
    )
    assert _headline_elements(tree) == expected
    assert [t for _, (t,) in _repeated_headings(tree, ["menu", "ccc", "eee", "fff"])] == [
        "Ccc",
        "Eee",
    ]


def test_post_author_comment_is_its_xpath() -> None:
    from newsarchive.extract.bylines import post_author_comment

    tree = parse(HEADINGS)
    expected = tree.xpath(
        '(//*[@class][contains(concat(" ", normalize-space(@class), " "), " bypostauthor ")])[1]'
        '//*[contains(@class, "comment-author") or contains(@class, "fn") or self::cite]'
    )
    assert post_author_comment(tree) == expected
    assert len(expected) == 2


@pytest.mark.parametrize(
    ("value", "tokens"),
    [("a  b\tc\nd", ["a", "b", "c", "d"]), ("a\u00a0b", ["a\u00a0b"]), ("", [])],
)
def test_xml_tokens_split_as_normalize_space(value: str, tokens: list[str]) -> None:
    assert index.xml_tokens(value) == tokens


BYLINES = """<html><body><form><span class="byline">Form</span></form>
<div itemprop="author"><span itemprop="name">Anna</span></div><span itemprop="author">Jan</span>
<a rel="author" href="/a">Eva</a><p class="x author-name">Tom</p><p class="author-names">Ute</p>
<div class="comments"><span class="byline">Comment</span></div><span class=" byline\t">Max</span>
<div class="author-box"><p>Bio</p></div><span class="post-author">Ina</span>
<span class="authors">Many</span><article data-author="forum">Post</article>
</body></html>"""
#: The XPaths the markup bylines were read with before the page index.
BYLINE_XPATHS = [
    f"({xpath})[not(ancestor::form) and not(ancestor::*[contains(@class, 'comment')])]"
    for xpath in (
        '//*[@itemprop][@itemprop="author"]//*[@itemprop="name"]',
        '//*[@itemprop][@itemprop="author" and not(.//*[@itemprop="name"])]',
        '//a[@rel="author"]',
        '//*[@class][contains(concat(" ", normalize-space(@class), " "), " author-name ")]',
        '//*[@class][contains(concat(" ", normalize-space(@class), " "), " byline ")]',
        '//*[@class][contains(@class, "author") and not(contains(@class, "authors")) '
        "and not(self::div and .//p) and not(self::body)]",
    )
]


def test_markup_byline_kinds_are_their_xpaths() -> None:
    from newsarchive.extract.markupbylines import markup_byline_kinds, markup_bylines

    tree = parse(BYLINES)
    kinds = markup_byline_kinds(tree)
    assert kinds[:-1] == [tree.xpath(expression) for expression in BYLINE_XPATHS]
    assert kinds[-1] == []  # a block's byline ("article__byline"): after a headline only
    assert [[e.text for e in kind] for kind in kinds][3:5] == [["Tom"], ["Max"]]
    assert markup_bylines(tree) == ["forum"]


LINKS = """<html><body><nav><a href="/autor/nav">Nav</a></nav>
<div class="x  sidebar"><a href="/autor/side">Side</a></div><a href="/autoren/anna">Anna Roth</a>
<div class="widgets"><a href="/author/jan">Jan Jansen</a></div><a>None</a>
<div class="comment-list"><a href="/authors/c">C</a></div></body></html>"""


def test_author_links_are_their_xpath() -> None:
    from newsarchive.extract.bylines import author_link_elements, author_links

    tree = parse(LINKS)
    expected = tree.xpath(
        '//a[@href][(contains(@href, "/author/") or contains(@href, "/autor/") or '
        'contains(@href, "/autoren/") or contains(@href, "/authors/")) and '
        "not(ancestor::nav or ancestor::footer or ancestor::form or ancestor::aside or "
        "ancestor::*[contains(@class, 'comment') or "
        "contains(concat(' ', normalize-space(@class), ' '), ' sidebar ') or "
        "contains(concat(' ', normalize-space(@class), ' '), ' widget ')])]"
    )
    assert [a.text for a in expected] == ["Anna Roth", "Jan Jansen"]
    assert author_link_elements(tree) == expected
    assert author_links(tree) == ["Anna Roth"]


HIDDEN = """<html><head><style>.x{}</style></head><body class="menu-hidden">
<p>Anna <b>Roth</b></p><script>var author = "Jan";</script>tail
<div hidden>one</div><span style="display: none">two</span><span style="display:\tnone">3</span>
<p class="sr-only">four</p><p class="overflow-hidden">five</p><p class="x\tvisually-hidden">6</p>
<i class="d-none"><b class="hidden">nested</b></i><svg><style>.y{}</style></svg></body></html>"""
#: The XPath test the hidden-element check replaced (written out here to compare with).
HIDDEN_CLASSES = (
    "hidden", "is-hidden", "d-none", "rich-snippet-hidden", "visually-hidden", "sr-only",
    "screen-reader-text", "invisible",
)  # fmt: skip
HIDDEN_XPATH = ".//*[{}]".format(
    " or ".join(
        [
            "@hidden",
            "contains(translate(@style, ' ', ''), 'display:none')",
            *(
                f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')"
                for c in HIDDEN_CLASSES
            ),
        ]
    )
)


def test_visible_text_is_the_text_xpath_once_a_page() -> None:
    tree = parse(HIDDEN)
    text = index.visible_text(tree)
    expected = " ".join(
        tree.find("body").xpath(".//text()[not(ancestor::script or ancestor::style)]")
    )
    assert text == expected
    assert "var author" not in text
    assert ".y{}" not in text
    assert "Anna  Roth" in text  # (text nodes joined with spaces)
    assert "tail" in text
    assert index.visible_text(tree) is text
    assert index.visible_text(parse("<html><head><title>t</title></head></html>")) is None


def test_hidden_elements_are_the_hidden_xpath() -> None:
    from newsarchive.extract.visible import _MAYBE_HIDDEN, _is_hidden

    body = parse(HIDDEN).find("body")
    found = [e for e in _MAYBE_HIDDEN(body) if _is_hidden(e)]
    assert found == body.xpath(HIDDEN_XPATH)
    assert [e.text for e in found] == ["one", "two", "four", "6", None, "nested"]


@pytest.mark.parametrize(
    ("markup", "paywalled"),
    [
        ('<div class="article paywall-box">x</div>', True),
        ('<section id="paywall">x</section>', True),
        ('<div class="c-piano-teaser">x</div>', True),
        ('<div id="plus-content">x</div>', False),  # (an id names only "paywall")
        ('<div class="premium">x</div>', False),
    ],
)
def test_paywall_markup_from_the_index(markup: str, paywalled: bool) -> None:
    from newsarchive.extract.metadata import read_metadata

    tree = parse(f"<html><body><h1>T</h1>{markup}<p>Text</p></body></html>")
    assert lead.is_paywalled(tree, read_metadata(tree)) is paywalled


@pytest.mark.parametrize(
    ("tail", "paywalled"),
    [
        ("... Jetzt weiterlesen mit Plus", True),
        ("Dieser Artikel ist nur für Abonnenten.", True),
        ("ABONNIEREN SIE uns noch heute, um weiterzulesen", True),
        ("Lesen Sie auch: die Zinsen", False),  # (a word, not a phrase: searched, not found)
        ("Ein Text über Banken.", False),
    ],
)
def test_paywall_phrases_at_the_end_of_the_text(tail: str, paywalled: bool) -> None:
    from newsarchive.extract.metadata import read_metadata

    tree = parse("<html><body><h1>T</h1><p>Text</p></body></html>")
    assert lead.is_paywalled(tree, read_metadata(tree), f"Text. {tail}") is paywalled


def test_every_paywall_phrase_holds_one_of_its_words() -> None:
    # the top-level alternatives of the pattern, each with a word the search needs
    pattern = data.PAYWALL_PHRASES.pattern
    assert pattern.startswith("(?:")
    assert pattern.endswith(")")
    depth, start, branches = 0, 3, []
    for i, char in enumerate(pattern[3:-1], 3):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:-1])
    assert len(branches) == 8
    for branch in branches:
        assert any(word in branch.lower() for word in data.PAYWALL_PHRASE_WORDS), branch


def test_case_insensitive_letters_casefold_to_the_paywall_words_letters() -> None:
    import re
    import sys

    letters = set("".join(data.PAYWALL_PHRASE_WORDS))
    assert letters <= set("abcdefghijklmnopqrstuvwxyz")
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in letters:
        taken = [m.group() for m in re.finditer(letter, every, re.IGNORECASE)]
        assert letter in taken
        assert letter.upper() in taken
        assert all(char.casefold() == letter for char in taken), (letter, taken)


@pytest.mark.parametrize(
    ("values", "parts", "found"),
    [
        (["a b", None, "c-paywall"], ("paywall",), True),
        (["pay", "wall"], ("paywall",), False),  # (never across two values)
        ([None, ""], ("x",), False),
        (["a\x00b"], ("a\x00b",), True),  # (a part holding the separator: value by value)
        (["a", "b"], ("a\x00b",), False),
        (["x"], (), False),
    ],
)
def test_any_contains(values: list[str | None], parts: tuple[str, ...], found: bool) -> None:
    assert index.any_contains(values, parts) is found
    assert any(v and index.contains_any(v, parts) for v in values) is found


def test_figcaptions_dropped_also_inside_kept_parts() -> None:
    tree = parse(
        "<html><body><figure><img src=a><figcaption>Foto: A</figcaption></figure>tail"
        '<div class="share-box"><figcaption>B</figcaption></div><p>Text</p></body></html>'
    )
    pruning.drop_boilerplate(tree)
    assert not tree.xpath("//figcaption")
    assert tree.find("body").text_content() == "tailText"


EMPTY_INLINE = """<html><body><div class="post"><h1>Titel</h1>
<p><i class="icon"></i><span></span>Erster Absatz mit genug Text, damit er zählt.</p>
<div><span class="x"></span></div>Schwanz <p>Zweiter <b></b>Absatz <em></em></p>
<p><span></span><strong></strong></p><p><i></i> nach dem Symbol</p></div></body></html>"""


def test_empty_inline_elements_dropped_unless_the_parent_empties() -> None:
    tree = parse(EMPTY_INLINE)
    pruning.drop_empty_inline(tree)
    kept = [(e.tag, e.get("class")) for e in tree.iter("span", "i", "b", "em", "strong")]
    # those with a tail stay, as does the only child of a textless parent (trafilatura would
    # delete the parent, tail and all); the others leave
    assert kept == [("span", None), ("span", "x"), ("b", None), ("strong", None), ("i", None)]
    assert tree.find("body").text_content() == parse(EMPTY_INLINE).find("body").text_content()


def test_trafilatura_reads_the_same_text_without_them() -> None:
    import trafilatura

    tree = parse(EMPTY_INLINE)
    pruning.drop_empty_inline(tree)
    options = {"include_comments": False, "favor_precision": True, "with_metadata": False}
    with_them = trafilatura.bare_extraction(parse(EMPTY_INLINE), **options)
    without = trafilatura.bare_extraction(tree, **options)
    assert with_them is not None
    assert without is not None
    assert without.text == with_them.text


DELETED_TAGS = """<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script>
<script>var x = 1;</script></head><body><nav><a href="/">Start</a></nav>Vorwort
<p>Erster <svg><text>Bild</text></svg>Absatz<button>Teilen</button> weiter.</p>
<aside>Lesen Sie auch</aside><footer>Impressum</footer>Schluss</body></html>"""


def test_deleted_tags_leave_with_their_subtree_but_not_their_tail() -> None:
    tree = parse(DELETED_TAGS)
    pruning.drop_deleted_tags(tree)
    assert [e.tag for e in tree.iter("script", "nav", "svg", "button", "aside", "footer")] == [
        "script"
    ]
    assert tree.find(".//script").get("type") == "application/ld+json"
    assert (
        " ".join(tree.find("body").text_content().split())
        == "Vorwort Erster Absatz weiter. Schluss"
    )


def test_deleted_tags_give_the_tree_the_python_loop_gave() -> None:
    expected = parse(DELETED_TAGS)
    doomed = [
        e
        for e in expected.iterdescendants(*data.TRAFILATURA_DELETED_TAGS)
        if e.get("type") != "application/ld+json"
    ]
    for element in doomed:
        element.drop_tree()
    tree = parse(DELETED_TAGS)
    pruning.drop_deleted_tags(tree)
    assert etree.tostring(tree) == etree.tostring(expected)


@pytest.mark.parametrize(
    ("classes", "verdict"),
    [
        ("entry-content post", pruning.KEEP),
        ("post share-buttons", pruning.BOILERPLATE),
        ("twitter-tweet", pruning.EMBEDDED_POST),
        # a boilerplate token wins over an embedded post in the same attribute
        ("twitter-tweet sharedaddy", pruning.BOILERPLATE),
        ("  ", pruning.KEEP),
    ],
)
def test_class_verdict(classes: str, verdict: int) -> None:
    assert pruning.class_verdict(classes) == verdict


def test_drop_boilerplate_keeps_the_page_frame_and_drops_forms_and_few_posts() -> None:
    tree = parse(
        '<html class="comments"><body class="sharedaddy"><main id="respond">'
        '<article class="comments-area"><p>Text des Artikels</p>'
        '<form><input name="q"></form><div id="comments">c</div>'
        '<blockquote class="twitter-tweet">post</blockquote><span class="ad"><b>x</b></span>'
        "</article></main></body></html>"
    )
    pruning.drop_boilerplate(tree)
    assert [e.tag for e in tree.iter()] == ["html", "body", "main", "article", "p", "span", "b"]
