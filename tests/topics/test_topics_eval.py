"""The labelled set, the metrics and the `classify` / `eval-topics` commands."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsarchive.cli import cli
from newsarchive.topics import classify
from newsarchive.topics.evaluation import LABELLED, Counts, evaluate, read_jsonl
from newsarchive.topics.lexicon import lexicon, pattern_regex, read_table

RECORDS = list(read_jsonl(LABELLED))
#: Written blind (before reading the classifier) to measure how it generalises.
BLIND = LABELLED.with_name("topics_blind.jsonl")
BLIND_RECORDS = list(read_jsonl(BLIND))
CORPUS = Path(__file__).parent.parent.parent.parent / "shared" / "corpus" / "dev" / "manifest.jsonl"


@pytest.mark.parametrize(("records", "size"), [(RECORDS, 200), (BLIND_RECORDS, 120)])
def test_labelled_set_format(records: list[dict[str, Any]], size: int) -> None:
    assert len(records) >= size
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert set(record) == {"id", "title", "lead", "body", "relevant", "banks", "networks"}
        assert isinstance(record["relevant"], bool)
        assert record["title"] or record["body"]
        assert record["banks"] == sorted(set(record["banks"]))
        assert record["networks"] == sorted(set(record["networks"]))
    relevant = sum(r["relevant"] for r in records)
    assert 50 <= relevant <= len(records) - 50


def test_labelled_set_has_every_kind_of_hard_negative() -> None:
    kinds = {re.sub(r"-\d+$", "", r["id"]) for r in RECORDS if not r["relevant"]}
    assert {"neg-bank", "neg-social", "neg-falsefriend", "neg-foreign", "neg-other"} <= kinds


@pytest.mark.parametrize("records", [RECORDS, BLIND_RECORDS])
def test_labels_use_canonical_names(records: list[dict[str, Any]]) -> None:
    lex = lexicon()
    patterns = [pattern_regex(r["pattern"]) for r in read_table("bank_patterns.tsv")]
    for record in records:
        for bank in record["banks"]:
            assert bank in lex.banks or any(p.fullmatch(bank) for p in patterns), bank
        for network in record["networks"]:
            assert network in lex.networks, network


def test_counts() -> None:
    counts = Counts()
    counts.add(["a", "b"], ["b", "c"])
    counts.add([], [])
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert counts.precision == counts.recall == counts.f1 == 0.5
    assert Counts().f1 == 1.0


def test_evaluate_counts_mistakes() -> None:
    record = {"id": "x", "title": "Sparkasse Hannover erhöht Zinsen", "relevant": True,
              "banks": ["Sparkasse Hannover"], "networks": ["Facebook"]}  # fmt: skip
    report = evaluate([record])
    assert report.relevance.fn == 1
    assert report.networks.fn == 1
    assert report.banks.tp == 1
    assert report.errors[0]["id"] == "x"
    assert "relevance_recall 0.0000 < 0.92" in report.failed_targets()


def test_eval_topics_meets_targets_on_the_bundled_set() -> None:
    result = CliRunner().invoke(cli, ["eval-topics", "--check", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["articles"] == len(RECORDS)
    assert metrics["relevance_precision"] >= 0.92
    assert metrics["relevance_recall"] >= 0.92
    assert metrics["banks_f1"] >= 0.95
    assert metrics["networks_f1"] >= 0.95


def test_eval_topics_meets_targets_on_the_blind_set() -> None:
    result = CliRunner().invoke(cli, ["eval-topics", str(BLIND), "--check", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["articles"] == len(BLIND_RECORDS)
    assert metrics["relevance_precision"] >= 0.92
    assert metrics["relevance_recall"] >= 0.92
    assert metrics["banks_f1"] >= 0.95
    assert metrics["networks_f1"] >= 0.95


def test_eval_topics_check_fails_below_targets(tmp_path: Path) -> None:
    wrong = [{**r, "relevant": not r["relevant"]} for r in RECORDS[:20]]
    path = tmp_path / "wrong.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in wrong), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval-topics", str(path), "--check"])
    assert result.exit_code == 1
    assert "below target: relevance_precision" in result.output
    assert CliRunner().invoke(cli, ["eval-topics", str(path)]).exit_code == 0


def test_classify_command_prints_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": 1, "title": "Die GLS Bank ist auf Facebook aktiv",
         "body": "Die GLS Bank pflegt eine Facebook-Seite für ihre Kunden."},
        {"id": 2, "body": "Die Sandbank vor Sylt wächst."},
        {"id": 3},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    assert {"id", "relevance", "relevant", "banks", "networks", "evidence"} <= set(out[0])
    assert out[0]["relevant"] is True
    assert out[0]["banks"] == ["GLS Bank"]
    assert out[0]["networks"] == ["Facebook"]
    assert out[1]["relevant"] is False
    assert out[1]["banks"] == []
    assert 0.0 <= out[2]["relevance"] <= 1.0


def test_classify_command_rejects_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["classify", str(path)])
    assert result.exit_code == 1
    assert "not JSON" in result.output


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_real_news_articles_off_the_subject_are_not_relevant() -> None:
    """Real German articles with ground-truth text: none is about banks on social media."""
    checked = 0
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        expected = json.loads(line)["expected"]
        if "body_paragraphs" not in expected:
            continue
        result = classify(
            expected.get("title", ""),
            " ".join(expected.get("lead", [])),
            "\n\n".join(expected["body_paragraphs"]),
        )
        assert not result.relevant, expected.get("title")
        checked += 1
    assert checked >= 10


REALSTYLE = [LABELLED.with_name(f"topics_realstyle_{half}.jsonl") for half in "ab"]


@pytest.mark.parametrize("path", REALSTYLE)
def test_realstyle_halves_format(path: Path) -> None:
    records = list(read_jsonl(path))
    assert len(records) >= 75
    for record in records:
        assert set(record) == {"id", "title", "lead", "body", "relevant", "banks", "networks"}
        assert record["banks"] == sorted(set(record["banks"]))
        assert record["networks"] == sorted(set(record["networks"]))
    relevant = sum(r["relevant"] for r in records)
    assert 30 <= relevant <= len(records) - 30
    kinds = {re.sub(r"^[ab]-|-\d+$", "", r["id"]) for r in records}
    assert {"local", "trade", "press", "blog", "market", "passing", "word"} <= kinds


def test_realstyle_halves_are_apart() -> None:
    texts = [{r["body"] for r in read_jsonl(path)} for path in REALSTYLE]
    tuning = {r["body"] for r in RECORDS} | {r["body"] for r in BLIND_RECORDS}
    assert not texts[0] & texts[1]
    assert not (texts[0] | texts[1]) & tuning
