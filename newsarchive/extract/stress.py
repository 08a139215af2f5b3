"""Hostile and large pages, generated: the size guards' tests and ``newsarchive eval --stress``.

Each generator takes a size, so the report can show that the extractor's time grows
linearly with the page (or that the page is refused early, with the guard's reason).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

HEAD = "<html><head><meta charset='utf-8'><title>Seite</title>{}</head><body>"
TAIL = "</body></html>"
SENTENCE = "Die Volksbank Musterstadt erklärt, warum sie jetzt auf Instagram setzt."


def page(head: str, body: str) -> bytes:
    """A page from its ``<head>`` and ``<body>`` content."""
    return (HEAD.format(head) + body + TAIL).encode()


def article_text(paragraphs: int = 5) -> str:
    """An article: a headline and ``paragraphs`` different paragraphs."""
    text = "".join(f"<p>{SENTENCE} Absatz {n}.</p>" for n in range(paragraphs))
    return f"<article><h1>Bank</h1>{text}</article>"


def long_article(paragraphs: int) -> bytes:
    """A well-formed article of ``paragraphs`` paragraphs (about 90 bytes each)."""
    return page("", article_text(paragraphs))


def flat_divs(n: int) -> bytes:
    """``n`` sibling ``<div>``s, each with a word."""
    return page("", "<div>Wort</div>" * n)


def tiny_paragraphs(n: int) -> bytes:
    """``n`` one-letter paragraphs in an article."""
    return page("", "<article><h1>Bank</h1>" + "<p>a</p>" * n + "</article>")


def many_attributes(elements: int, attributes: int = 999) -> bytes:
    """``elements`` paragraphs with ``attributes`` attributes each."""
    attrs = " ".join(f'data-a{i}="{i}"' for i in range(attributes))
    text = "".join(f"<p {attrs}>{SENTENCE} Absatz {n}.</p>" for n in range(elements))
    return page("", f"<article><h1>Bank</h1>{text}</article>")


def one_tag_attributes(attributes: int) -> bytes:
    """An article whose element carries ``attributes`` attributes."""
    attrs = " ".join(f"a{i}=1" for i in range(attributes))
    return page("", article_text().replace("<article>", f"<article {attrs}>", 1))


def line_breaks(megabytes: int) -> bytes:
    """A paragraph followed by ``megabytes`` MB of ``<br>`` tags."""
    breaks = "<br>" * int(megabytes * 1_000_000 / 4)
    return page("", f"<article><h1>Bank</h1><p>{SENTENCE}{breaks}</p></article>")


def deep_jsonld(depth: int) -> bytes:
    """An article whose JSON-LD nests ``depth`` objects and ``depth`` lists deep."""
    nested = '{"@type": "Thing", "x": ' * depth + "1" + "}" * depth
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bank", '
        f'"about": {nested}, "mainEntity": ' + "[" * depth + "1" + "]" * depth + "}</script>"
    )
    return page(script, article_text())


def surrogates_and_controls() -> bytes:
    """Lone surrogates and control characters in JSON-LD strings, character references and
    the text itself."""
    data = {
        "@type": "NewsArticle",
        "headline": "Bank\ud800 twittert\u0001",
        "keywords": "\ud800,Bank\udfff,\u0007Netz",
        "author": {"@type": "Person", "name": "Anna\u0000 Müller\ud83d"},
        "description": "Die Bank \u001b twittert.",
    }
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    text = "".join(
        f"<p>{SENTENCE} Absatz {n} &#x7f;&#1;&#xD800;\x7f\u0085\u009f.</p>" for n in range(5)
    )
    return page(script, f"<article><h1>Bank&#xD800; twittert&#1;</h1>{text}</article>")


#: The report's pages: name, generator, and the size at which it runs (then twice that).
PAGES: tuple[tuple[str, Callable[[int], bytes], int], ...] = (
    ("article (paragraphs)", long_article, 2_000),
    ("flat <div>s", flat_divs, 50_000),
    ("tiny paragraphs", tiny_paragraphs, 50_000),
    ("999 attributes a tag", many_attributes, 100),
    ("attributes in one tag", one_tag_attributes, 50_000),
    ("<br> (MB)", line_breaks, 2),
    ("JSON-LD depth", deep_jsonld, 50_000),
)


def _run(body: bytes) -> tuple[float, str]:
    from newsarchive.extract.extraction import ExtractionError, extract

    start = time.process_time()
    try:
        extract(body, "https://stress.example/seite")
        outcome = "article"
    except ExtractionError as error:
        outcome = error.reason
    return time.process_time() - start, outcome


def stress_report() -> str:
    """Each page at its size and twice it: megabytes, CPU seconds, outcome, time ratio."""
    _run(page("", article_text()))  # imports and compiled patterns, once
    lines = [f"{'page':<23}{'size':>8}{'MB':>7}{'CPU s':>8}  {'outcome':<11}at twice the size"]
    for name, make, size in PAGES:
        (t1, o1), (t2, o2) = _run(make(size)), _run(make(size * 2))
        ratio = f"{t2 / t1:.1f}x the time" if t1 >= 0.01 else "both under 0.01 s"
        lines.append(
            f"{name:<23}{size:>8,}{len(make(size)) / 1e6:>7.2f}{t1:>8.3f}  {o1:<11}"
            f"{t2:.3f} s, {o2}, {ratio}"
        )
    return "\n".join(lines)
