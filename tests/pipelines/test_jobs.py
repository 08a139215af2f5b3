"""The pool's jobs: light (a worker imports no Scrapy), one job a page for extraction
and classification, and the classify stage takes the job's verdict without a second."""

from __future__ import annotations

import asyncio
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from newsarchive.extract.rules import SiteRules
from newsarchive.items import ArticleItem, PageItem, SkipItem
from newsarchive.topics import version
from newsarchive.topics.classifier import Classification
from newsarchive.topics.version import classifier_files, input_key
from pipelines import jobs
from pipelines.classify import ClassifyPipeline
from pipelines.extract import ExtractPipeline, classify_ahead
from pipelines.helpers import class_reference, helper_class
from pipelines.jobs import REUSED, PageJob, run_page, run_pages
from pipelines.pool import WARM_UP

ROOT = Path(__file__).parent.parent.parent
RELEVANT = (
    "<html lang='de'><head><title>Sparkasse Hannover startet auf Instagram</title></head>"
    "<body><article><h1>Sparkasse Hannover startet auf Instagram</h1><p>Die Sparkasse "
    "Hannover ist seit Montag mit einem eigenen Instagram-Kanal vertreten. Dort erklärt die "
    "Bank Finanzthemen in kurzen Videos für junge Kunden, und sie antwortet dort auch auf "
    "Fragen zu Konten und Karten.</p></article></body></html>"
).encode()
OFF_TOPIC = RELEVANT.replace(b"Instagram-Kanal", b"Filialnetz").replace(b"Instagram", b"Zinsen")
STAGES = {"pipelines.extract.ExtractPipeline": 100, "pipelines.classify.ClassifyPipeline": 200}
#: Module families a worker must not import (Scrapy's start-up is seconds of a run).
HEAVY = ("scrapy", "twisted", "spiders", "bs4", "pipelines.extract", "pipelines.classify")


def test_a_worker_runs_a_job_without_importing_scrapy() -> None:
    job = PageJob("https://example.de/a", RELEVANT, "utf-8", "2024-05-03T10:00:00+00:00",
                  SiteRules(drop_xpaths=("//nav",)), threshold=0.5)  # fmt: skip
    script = (
        "import pickle, sys\n"
        f"for name in {[w.partition(':')[0] for w in WARM_UP]!r}:\n"
        "    __import__(name)\n"
        "import pipelines.jobs as jobs\n"
        "jobs.warm_up()\n"
        "answer = jobs.run_pages(pickle.loads(sys.stdin.buffer.read()))\n"
        "assert answer[0][0] == 'ok', answer\n"
        f"heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))\n"
        "print(' '.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], input=pickle.dumps([job]),
                          capture_output=True, cwd=ROOT, timeout=120, check=True)  # fmt: skip
    assert done.stdout.decode().strip() == ""


def test_one_job_extracts_and_classifies_a_page() -> None:
    status, data, verdict, key = run_page(PageJob("https://example.de/a", RELEVANT,
                                                  threshold=0.5))  # fmt: skip
    assert status == "ok"
    assert key == input_key(data["title"], data["lead"], data["body"], 0.5)
    assert data["title"] == "Sparkasse Hannover startet auf Instagram"
    assert isinstance(verdict, Classification)
    assert verdict.relevant
    assert verdict.networks == ["Instagram"]
    assert run_page(PageJob("https://example.de/a", RELEVANT))[2] is None  # no classify stage
    assert run_pages([PageJob("https://example.de/b", b"")])[0][0] == "error"


def test_a_known_input_key_skips_classification(monkeypatch: pytest.MonkeyPatch) -> None:
    key = run_page(PageJob("https://example.de/a", RELEVANT, threshold=0.5))[3]
    calls: list[str] = []
    monkeypatch.setattr(jobs, "classify", lambda *a, **k: calls.append("called"))
    answer = run_page(PageJob("https://example.de/a", RELEVANT, threshold=0.5, known_key=key))
    assert answer[2] == REUSED
    assert answer[3] == key
    assert calls == []
    # another threshold, another key: classified
    other = run_page(PageJob("https://example.de/a", RELEVANT, threshold=0.6, known_key=key))
    assert other[3] != key
    assert calls == ["called"]


def test_the_input_key_follows_the_inputs_and_the_classifier() -> None:
    base = input_key("Titel", "Vorspann", "Text", 0.5, version="v1")
    assert base == input_key("Titel", "Vorspann", "Text", 0.5, version="v1")
    changed = [input_key("Titel!", "Vorspann", "Text", 0.5, version="v1"),
               input_key("Titel", "Vorspann", "Text.", 0.5, version="v1"),
               input_key("Titel", "", "VorspannText", 0.5, version="v1"),
               input_key("Titel", "Vorspann", "Text", 0.5, version="v2"),
               input_key("Titel", "Vorspann", "Text", 0.4, version="v1")]  # fmt: skip
    assert base not in changed
    assert len(set(changed)) == len(changed)


def test_a_changed_gazetteer_or_code_version_changes_the_classifier_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "topics"
    shutil.copytree(Path(version.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    before = version.package_version(package)
    assert before == version.classifier_version()
    banks = package / "data" / "banks.tsv"
    banks.write_text(banks.read_text("utf-8") + "Musterbank Testhausen\tbank\tDE\tactive\t\n",
                     "utf-8")  # fmt: skip
    changed = version.package_version(package)
    assert changed != before
    (package / "data" / "topics_blind.jsonl").write_text("{}\n", "utf-8")  # an evaluation set
    assert version.package_version(package) == changed
    monkeypatch.setattr(version, "CODE_VERSION", version.CODE_VERSION + 1)
    assert version.package_version(package) != changed


def test_the_classifier_version_covers_its_data_files() -> None:
    names = {p.name for p in classifier_files()}
    assert {"banks.tsv", "networks.tsv", "classifier.py"} <= names
    assert "evaluation.py" not in names
    assert not any(n.endswith(".jsonl") for n in names)


def test_helpers_travel_by_name() -> None:
    class Local:
        pass

    assert class_reference(Local) is None  # a worker could not import it: helpers stay here
    reference = class_reference(ClassifyPipeline)
    assert reference == "pipelines.classify:ClassifyPipeline"
    assert helper_class(reference) is ClassifyPipeline


def crawler(**settings: Any) -> Any:
    made = get_crawler(settings_dict={"ARCHIVE_WORKERS": 0, **settings})
    made.spider = None
    return made


def test_extract_classifies_only_when_the_classify_stage_follows() -> None:
    assert classify_ahead(crawler(ITEM_PIPELINES=STAGES)) == 0.5
    assert classify_ahead(crawler(ITEM_PIPELINES=STAGES, ARCHIVE_RELEVANCE_THRESHOLD=0.7)) == 0.7
    before = {**STAGES, "pipelines.classify.ClassifyPipeline": 50}
    assert classify_ahead(crawler(ITEM_PIPELINES=before)) is None
    alone = {"pipelines.extract.ExtractPipeline": 100}
    assert classify_ahead(crawler(ITEM_PIPELINES=alone)) is None


@pytest.mark.parametrize(("body", "relevant"), [(RELEVANT, True), (OFF_TOPIC, False)])
def test_the_classify_stage_takes_the_verdict_of_the_extract_job(
    body: bytes, relevant: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = crawler(ITEM_PIPELINES=STAGES)
    extract, classify = ExtractPipeline.from_crawler(made), ClassifyPipeline.from_crawler(made)

    async def second_job(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("classified twice")

    monkeypatch.setattr(classify.offload, "run", second_job)
    page = PageItem(url="https://example.de/a", site="example", body=body, encoding="utf-8")
    article = asyncio.run(extract.process_item(page))
    assert isinstance(article, ArticleItem)
    if not relevant:
        with pytest.raises(SkipItem):
            asyncio.run(classify.process_item(article))
        return
    assert asyncio.run(classify.process_item(article)) is article
    assert article.networks == ["Instagram"]
    assert not hasattr(article, "_archive_verdict")  # taken: never stored or sent on


def test_a_verdict_found_with_another_threshold_is_not_taken() -> None:
    made = crawler(ITEM_PIPELINES=STAGES)
    extract = ExtractPipeline.from_crawler(made)
    page = PageItem(url="https://example.de/a", site="example", body=RELEVANT, encoding="utf-8")
    article = asyncio.run(extract.process_item(page))
    strict = ClassifyPipeline(crawler(), threshold=1.01)
    with pytest.raises(SkipItem):
        asyncio.run(strict.process_item(article))
