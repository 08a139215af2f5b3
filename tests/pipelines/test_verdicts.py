"""Verdicts kept by page: stored and read back exactly."""

from __future__ import annotations

import zlib

import pytest

from newsarchive.topics.classifier import Classification, classify
from pipelines.jobs import StoredVerdict
from pipelines.verdicts import pack, unpack

TEXTS = [
    ("Sparkasse KölnBonn startet auf Instagram",
     "Die Sparkasse will junge Kunden erreichen.",
     "Die Sparkasse KölnBonn zeigt auf Instagram Videos aus ihren Filialen. Die Bank "
     "antwortet dort auch auf Fragen."),
    ("Bundesliga meldet Rekord", "", "Die Vereine melden so viele Zuschauer wie nie."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "lead", "body"), TEXTS)
def test_a_packed_verdict_reads_back_as_the_same_verdict(title: str, lead: str, body: str) -> None:
    verdict = classify(title, lead, body)
    assert unpack(pack(verdict)) == verdict


def test_floats_and_odd_text_survive_packing() -> None:
    verdict = Classification(0.1 + 0.2, False, ["Bank \u00e4\U0001f600"], [],
                             [{"sentence": "a\ud800b", "score": 1 / 3}], "weak")  # fmt: skip
    back = unpack(pack(verdict))
    assert back == verdict
    assert back.relevance == 0.1 + 0.2


def test_a_stored_verdict_is_unpacked_only_when_read() -> None:
    stored = StoredVerdict("key", b"not a packed verdict")
    assert stored.key == "key"  # reading the key does not unpack
    with pytest.raises(zlib.error):
        _ = stored.verdict
    good = StoredVerdict("key", pack(classify(*TEXTS[0])))
    assert good.verdict is good.verdict  # unpacked once


def test_only_a_crawl_that_stores_its_items_keeps_verdicts() -> None:
    from scrapy.settings import Settings

    from newsarchive import settings as project
    from newsarchive.crawl.distributed.worker import WRITER_STAGES
    from pipelines.verdicts import writes_archive

    base = Settings()
    base.setmodule(project)
    assert writes_archive(base)
    stages = {
        k: v
        for k, v in base.getdict("ITEM_PIPELINES").items()
        if not str(k).startswith(WRITER_STAGES)
    }  # a worker of the Redis fleet
    fleet = Settings({"ITEM_PIPELINES": stages})
    assert not writes_archive(fleet)
    reextract = {**stages, "newsarchive.crawl.reextract.ReextractStorePipeline": 800}
    assert writes_archive(Settings({"ITEM_PIPELINES": reextract}))
