"""The classifier benchmark part: texts from a corpus, both paths, the report."""

import gzip
import json
from pathlib import Path

from newsarchive.bench import PARTS
from newsarchive.bench import classifier as bench
from newsarchive.topics.lexicon import lexicon

ARTICLE = """<html><head><title>Sparkasse startet auf Instagram</title></head><body><article>
<h1>Sparkasse startet auf Instagram</h1>
<p>Die Sparkasse Hannover hat einen Instagram-Kanal für ihre Auszubildenden gestartet.
Dort zeigen die Azubis ihren Alltag in der Filiale und beantworten Fragen der Follower.</p>
<p>Der Kanal soll junge Menschen auf die Ausbildung bei der Bank aufmerksam machen, sagte
eine Sprecherin des Instituts am Montag. Schon nach einer Woche folgten ihm 800 Nutzer.</p>
</article></body></html>"""


def test_corpus_texts_extracts_each_page(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    records = [{"id": "a", "url": "https://example.org/a.html"}, {"id": "missing", "url": ""}]
    (tmp_path / "manifest.jsonl").write_text("\n".join(map(json.dumps, records)), "utf-8")
    (tmp_path / "pages" / "a.html.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    texts = bench.corpus_texts(tmp_path)
    assert len(texts) == 1
    title, _lead, body = texts[0]
    assert "Instagram" in title
    assert "Sparkasse Hannover" in body


def test_measure_runs_both_paths_on_the_same_texts() -> None:
    texts = bench.bundled_texts()[:6]
    figures = bench.measure(texts, new_passes=2)
    assert figures["texts"] == 6
    assert figures["same"] == 6
    assert figures["new"] > 0
    assert figures["old"] > 0
    assert len(figures["new_passes"]) == 2
    report = bench.report(figures, "test")
    assert "same result on 6/6 texts" in report
    assert "texts/CPU-s" in report


def test_every_rule_restores_the_prefilter() -> None:
    lex = lexicon()
    before = lex.rule_filter
    with bench.every_rule():
        assert lex.rule_filter is not before
        assert lex.rule_filter.always == list(range(len(lex.rules)))
    assert lex.rule_filter is before


def test_part_is_registered() -> None:
    assert PARTS["classifier"][0] == "newsarchive.bench.classifier"
