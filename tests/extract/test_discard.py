"""trafilatura's discard prune made in Python: the same elements as its expressions, used
only inside our call."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from lxml import etree
from trafilatura import external, main_extractor, xpaths

from newsarchive.extract import discard
from newsarchive.extract.parsing import parse

#: One element a clause of the two expressions, their look-alikes that no clause selects,
#: and attributes in both orders where a test reads the first of two.
CASES = [
    "<div data-lp-replacement-content=''>a</div>",
    "<section role='Navigation'>b</section>",
    "<span role='menu'>c</span>",
    "<div data-component='x MostPopularStories'>d</div>",
    "<div data-component='mostpopularstories'>d2</div>",
    "<div id='cookie-box' class='text'>e</div>",
    "<div class='cookie-box' id='text'>f</div>",  # (class first: its class is read)
    "<div id='text' class='cookie-box'>g</div>",  # (id first: not selected by that clause)
    "<p id='ad-slot'>h</p>",
    "<p class='ad-slot'>h2</p>",
    "<p class='x ad-slot'>h3</p>",
    "<span class='my-widget'>i</span>",
    "<item class='sidebar'>j</item>",
    "<list id='Footer'>k</list>",
    "<article class='share-box'>l</article>",  # (a tag the first expression leaves)
    "<b class='comments-title'>m</b>",
    "<b class='comments-title x'>m2</b>",  # (its class pattern names it too)
    "<b id='reply-1' class='x'>n</b>",
    "<b class='reply-1' id='x'>o</b>",
    "<b id='x' class='reply-1'>o2</b>",
    "<b id='hidden-x' style='color: red'>p</b>",
    "<b style='visibility: hidden' id='y'>p2</b>",
    "<b style='color: red' id='hidden-x'>p3</b>",  # (style first: no "hidden" in it)
    "<b style='display:none'>q</b>",
    "<b style='display: none'>q2</b>",
    "<b id='akismet-field'>r</b>",
    "<b class='btn hide'>s</b>",
    "<b class='hide-print'>s2</b>",
    "<b aria-hidden='true'>t</b>",
    "<b aria-hidden='false'>t2</b>",
    "<div class='text'><p>u</p><!-- note --><span class='meta'>v</span></div>",
    "<div class='menu'><div class='menu'><p class='noprint'>w</p></div></div>",
    "<div><p>no attributes</p></div>",
]


@pytest.fixture
def tree() -> etree._Element:
    return parse("<html><body><div>" + "".join(CASES) + "</div></body></html>")


@pytest.fixture
def reset() -> Iterator[None]:
    discard._expressions.cache_clear()
    yield
    discard._expressions.cache_clear()


def test_selects_what_trafilaturas_expressions_select(tree: etree._Element) -> None:
    selectors = discard._expressions()
    assert selectors is not None
    for expression, select in zip(xpaths.OVERALL_DISCARD_XPATH, selectors, strict=True):
        expected = expression(tree)
        assert expected  # (the cases hit every expression)
        assert select(tree) == expected
        assert select(tree.find("body")) == expression(tree.find("body"))


def test_reads_the_first_of_two_attributes(tree: etree._Element) -> None:
    selectors = discard._expressions()
    assert selectors is not None
    texts = {element.text for select in selectors for element in select(tree)}
    assert {"f", "n", "o", "p", "p2"} <= texts
    assert not {"c", "g", "o2", "p3", "d2", "t2", "no attributes"} & texts


def test_swapped_in_for_the_call_only() -> None:
    own = main_extractor.OVERALL_DISCARD_XPATH
    with discard.cheaper_discard():
        assert main_extractor.OVERALL_DISCARD_XPATH is not own
        assert external.OVERALL_DISCARD_XPATH is not own
    assert main_extractor.OVERALL_DISCARD_XPATH is own
    assert external.OVERALL_DISCARD_XPATH is own
    with pytest.raises(ZeroDivisionError), discard.cheaper_discard():
        _ = 1 / 0
    assert main_extractor.OVERALL_DISCARD_XPATH is own
    assert external.OVERALL_DISCARD_XPATH is own


def test_one_thread_swaps_at_a_time() -> None:
    own = main_extractor.OVERALL_DISCARD_XPATH
    inside, leave, entered = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with discard.cheaper_discard():
            inside.set()
            leave.wait(5)

    def second() -> None:
        with discard.cheaper_discard():
            entered.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    threads[0].start()
    assert inside.wait(5)
    threads[1].start()
    assert not entered.wait(0.2)
    leave.set()
    for thread in threads:
        thread.join(5)
    assert entered.is_set()
    assert main_extractor.OVERALL_DISCARD_XPATH is own
    assert external.OVERALL_DISCARD_XPATH is own


def test_other_expressions_stay_trafilaturas(monkeypatch: pytest.MonkeyPatch, reset: None) -> None:
    changed = [etree.XPath(".//*[@class='x']"), *xpaths.OVERALL_DISCARD_XPATH[1:]]
    monkeypatch.setattr(xpaths, "OVERALL_DISCARD_XPATH", changed)
    assert discard._expressions() is None
    own = main_extractor.OVERALL_DISCARD_XPATH
    with discard.cheaper_discard():
        assert main_extractor.OVERALL_DISCARD_XPATH is own
