"""Hostile pages, generated here: extract() refuses or extracts them, never hangs, raises
nothing but ExtractionError, and returns clean strings."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import CliRunner

from newsarchive.cli import cli
from newsarchive.extract import ExtractionError, data, extract, extraction, parsing, stress
from newsarchive.extract.parsing import decode_text, has_long_run, long_tags, parse

URL = "https://stress.example/seite"
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def refused(body: bytes) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract(body, URL)
    return caught.value.reason


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: stress.flat_divs(100_000), "too-large"),
        (lambda: stress.tiny_paragraphs(100_000), "too-large"),
        (lambda: stress.many_attributes(100), "too-large"),
        (lambda: stress.one_tag_attributes(50_000), "too-large"),
        (lambda: stress.line_breaks(5), "too-large"),
        (lambda: stress.deep_jsonld(1_000), "bad-jsonld"),
        (lambda: stress.deep_jsonld(10_000), "bad-jsonld"),
        (lambda: stress.deep_jsonld(100_000), "bad-jsonld"),
        (lambda: stress.deep_jsonld(data.MAX_JSONLD_DEPTH + 1), "bad-jsonld"),
    ],
)
def test_hostile_pages_are_refused_with_a_reason(make: Callable[[], bytes], reason: str) -> None:
    assert refused(make()) == reason


def test_json_ld_within_the_depth_guard_is_read() -> None:
    assert extract(stress.deep_jsonld(20), URL)["title"] == "Bank"


def test_a_long_article_is_extracted() -> None:
    result = extract(stress.long_article(2_000), URL)
    assert result["word_count"] > 20_000


def test_size_guards_apply_at_their_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "MAX_ELEMENTS", 60)
    assert extract(stress.long_article(40), URL)["title"] == "Bank"
    assert refused(stress.long_article(60)) == "too-large"
    monkeypatch.setattr(data, "MAX_HTML_CHARS", 1_000)
    assert refused(stress.long_article(20)) == "too-large"


@pytest.mark.parametrize(
    "text",
    [
        "x</p>" * 50,
        "<html>" + "t<meta>" * 50,
        "<li>a" * 50,
        "<table>x<tr>y" * 30,
        "<body>x</body>y" * 30,
        "</html>t</body>u" * 20,
        "<title>x</title>t<link>u" * 20,
        "<option>a<select>" * 20,
        "<p>a<br/>b" * 20,
        "text only",
    ],
)
def test_elements_bounded_by_the_tags_opened(text: str) -> None:
    # check_size counts the elements only where twice the "<" could pass the guard
    elements = int(parsing._COUNT_ELEMENTS(parse(text)))
    assert elements <= 2 * text.count("<") + parsing._ELEMENTS_PER_PAGE


def test_elements_counted_only_where_the_tags_may_pass_the_guard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[int] = []
    count = parsing._COUNT_ELEMENTS
    monkeypatch.setattr(parsing, "_COUNT_ELEMENTS", lambda tree: counted.append(1) or count(tree))
    parse(stress.long_article(5).decode())
    assert counted == []
    monkeypatch.setattr(data, "MAX_ELEMENTS", 60)
    assert refused(stress.long_article(60)) == "too-large"
    assert counted == [1]


def test_overlong_attribute_values_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "ATTRIBUTE_CHECK_CHARS", 0)
    monkeypatch.setattr(data, "LONG_ATTRIBUTE_CHECK_CHARS", 0)
    monkeypatch.setattr(data, "MAX_ATTRIBUTE_CHARS", 100)
    body = stress.article_text().replace("<article>", f"<article data-x='{'x' * 200}' id='a'>")
    tree = parse(decode_text(stress.page("", body), None))
    article = tree.find(".//article")
    assert article is not None
    assert dict(article.attrib) == {"id": "a"}


def strings_of(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in strings_of(item)]
    return []


def test_output_strings_carry_no_surrogates_or_control_characters() -> None:
    result = extract(stress.surrogates_and_controls(), URL)
    texts = [s for value in result.values() for s in strings_of(value)]
    assert not [t for t in texts if UNPRINTABLE.search(t.replace("\n", "").replace("\t", ""))]
    json.dumps(result, ensure_ascii=False).encode("utf-8")  # no lone surrogate left
    assert result["title"] == "Bank twittert"
    assert result["tags"] == ["Bank", "Netz"]
    assert result["authors"] == ["Anna Müller"]
    assert "Absatz 4" in result["body"]


def test_a_fault_of_the_extractor_becomes_an_extraction_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> str:
        raise ValueError("a bug")

    monkeypatch.setattr(extraction, "find_title", broken)
    assert refused(stress.long_article(5)) == "error"

    def deep(*args: object) -> str:
        raise RecursionError("too deep")

    monkeypatch.setattr(extraction, "find_title", deep)
    assert refused(stress.long_article(5)) == "too-large"


def test_stress_report_command() -> None:
    result = CliRunner().invoke(cli, ["eval", "--stress"])
    assert result.exit_code == 0, result.output
    assert "tiny paragraphs" in result.output
    assert "bad-jsonld" in result.output


@pytest.mark.parametrize(
    ("text", "length", "expected"),
    [
        ("", 4, False),
        ("abcd", 4, False),
        ("abcde", 4, True),
        ("<abcd<abcd<", 4, False),
        ("<abcd<abcde<", 4, True),
        ("ab<abcde", 4, True),  # the run at the end, across window borders
        ("abcde<ab", 4, True),  # the run at the start
        ("a<" * 50 + "a" * 9 + "<", 8, True),
        ("a<" * 50 + "a" * 8 + "<", 8, False),
    ],
)
def test_long_runs_are_found_exactly(text: str, length: int, expected: bool) -> None:
    assert has_long_run(text, "<", length) is expected
    assert (max(map(len, text.split("<"))) > length) is expected


@pytest.mark.parametrize(
    "text",
    [
        "<p " + "x" * 9000 + ">",  # one long tag
        "y" * 9000 + "<p " + "x" * 9000 + "><b " + "z" * 8500 + ">",  # two, after a run
        "<p " + "x" * 9000,  # never closed: no tag
        "<p " + "x" * 7990 + ">" + "y" * 9000,  # short tag, then a run that opens none
        "<1" + "x" * 9000 + ">",  # no letter after "<": no tag
        "<p " + "x" * 9000 + "<b>",  # a "<" before any ">": no tag
    ],
)
def test_long_tags_are_the_ones_the_pattern_finds(text: str) -> None:
    pattern = re.compile(rf"<[a-zA-Z][^<>]{{{parsing._LONG_TAG_CHARS},}}>")
    assert list(long_tags(text)) == [match.group() for match in pattern.finditer(text)]


def test_a_tag_with_too_many_attributes_is_refused_behind_a_long_run() -> None:
    attributes = " ".join(f"data-a{i}=x" for i in range(data.MAX_TAG_ATTRIBUTES + 1))
    page = f"<html><body><p {attributes}>Text</p></body></html>"
    with pytest.raises(ExtractionError) as error:
        parse(page)
    assert error.value.reason == "too-large"
