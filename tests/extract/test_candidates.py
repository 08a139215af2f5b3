"""trafilatura's body candidates and precision prune made in Python: the same first element
and the same selection as its expressions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lxml import etree
from trafilatura import main_extractor, xpaths

from newsarchive.extract import candidates, discard
from newsarchive.extract.parsing import parse

#: Per body expression made here, pages whose first candidate is a different element (the
#: look-alikes before it select nothing) and a page with none.
BODY_PAGES = {
    0: [
        "<div class='post x'>no</div><section class='entry'>a</section>",
        "<div><p class='post'>no</p></div><div><article itemprop='articleBody'>b</article></div>",
        "<main id='x-article-body'>c</main>",
        "<div id='ArticleContent'>no</div><div class='my postContent'>d</div>",
        "<div><div>no attributes</div></div>",
    ],
    2: [
        "<div role='article'>a</div>",
        "<section id='story'>b</section>",
        "<div class='text '>no</div><div class='cell'>c</div>",
        "<div id='primaryx'>d</div>",
        "<div class='FullText'>e</div>",
        "<div class='x post-bodycopy'>f</div>",
        "<span class='story'>no</span>",
    ],
    3: [
        "<div id='content'>a</div>",
        "<div class='content-main'>b</div>",
        "<div id='Main-Content'>c</div>",
        "<div class='Page-Content'>d</div>",
        "<div class='PAGE-CONTENT'>no</div>",
    ],
}

PRECISION_CASES = [
    "<div class='page-bottom'>a</div>",
    "<div class='bottom-bar x'>b</div>",
    "<div class='padding-bottom-30'>no</div>",
    "<p id='link'>c</p>",
    "<p class='link'>d</p>",
    "<p class='permalink'>no</p>",
    "<span class='link' id='x'>e</span>",  # (class first: its class is read)
    "<span id='x' class='link'>no</span>",  # (id first)
    "<section style='border: 1px'>f</section>",
    "<b class='link'>no</b>",
    "<div><p>no attributes</p></div>",
]


@pytest.fixture
def reset() -> Iterator[None]:
    candidates.selectors.cache_clear()
    yield
    candidates.selectors.cache_clear()


@pytest.mark.parametrize("position", sorted(BODY_PAGES))
def test_first_candidate_is_trafilaturas(position: int) -> None:
    body, _ = candidates.selectors()
    assert body is not None
    expression, select = xpaths.BODY_XPATH[position], body[position]
    found = 0
    for page in BODY_PAGES[position]:
        tree = parse(f"<html><body>{page}</body></html>")
        expected = expression(tree)
        assert select(tree) == expected[:1]
        found += bool(expected)
        if expected:
            assert expected[0].text != "no"
    assert 0 < found < len(BODY_PAGES[position])  # (a page with a candidate, one without)


def test_precision_prune_selects_what_trafilatura_selects() -> None:
    _, precision = candidates.selectors()
    assert precision is not None
    tree = parse("<html><body><div>" + "".join(PRECISION_CASES) + "</div></body></html>")
    expected = xpaths.PRECISION_DISCARD_XPATH[1](tree)
    assert precision[1](tree) == expected
    assert [e.text for e in expected] == ["a", "b", "c", "d", "e", "f"]
    assert precision[0] is xpaths.PRECISION_DISCARD_XPATH[0]


def test_swapped_in_for_the_call_only() -> None:
    own = main_extractor.BODY_XPATH, main_extractor.PRECISION_DISCARD_XPATH
    with discard.cheaper_discard():
        assert main_extractor.BODY_XPATH is not own[0]
        assert main_extractor.PRECISION_DISCARD_XPATH is not own[1]
    assert main_extractor.BODY_XPATH is own[0]
    assert main_extractor.PRECISION_DISCARD_XPATH is own[1]


def test_other_expressions_stay_trafilaturas(monkeypatch: pytest.MonkeyPatch, reset: None) -> None:
    changed = [*xpaths.BODY_XPATH]
    changed[3] = etree.XPath("(.//div[@id='content'])[1]")
    monkeypatch.setattr(xpaths, "BODY_XPATH", changed)
    monkeypatch.setattr(xpaths, "PRECISION_DISCARD_XPATH", xpaths.PRECISION_DISCARD_XPATH[:1])
    assert candidates.selectors() == (None, None)
    own = main_extractor.BODY_XPATH
    with discard.cheaper_discard():
        assert main_extractor.BODY_XPATH is own
