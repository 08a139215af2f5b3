"""Stage 200: relevant articles are tagged and pass, off-topic ones are skipped."""

import asyncio
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from newsarchive.items import ArticleItem, FailureItem, SkipItem
from pipelines.classify import ClassifyPipeline

RELEVANT = {
    "title": "Sparkasse Hannover startet auf Instagram",
    "lead": "Das Institut will junge Kunden in den sozialen Netzwerken erreichen.",
    "body": "Die Sparkasse Hannover ist seit Montag mit einem eigenen Instagram-Kanal "
    "vertreten. Dort erklärt die Bank Finanzthemen in kurzen Videos.\n\n"
    "Facebook Twitter E-Mail",
}
OFF_TOPIC = {
    "title": "Sparkasse Hannover erhöht Zinsen",
    "body": "Die Sparkasse Hannover zahlt mehr Zinsen für Tagesgeld.\n\nArtikel teilen",
}


def pipeline(**settings: Any) -> ClassifyPipeline:
    return ClassifyPipeline.from_crawler(get_crawler(settings_dict=settings))


def article(**fields: str) -> ArticleItem:
    return ArticleItem(url="https://example.de/a", site="example", **fields)


def test_relevant_article_is_tagged_and_passes() -> None:
    stage = pipeline()
    item = asyncio.run(stage.process_item(article(**RELEVANT)))
    assert isinstance(item, ArticleItem)
    assert item.relevance is not None
    assert item.relevance >= 0.5
    assert item.banks == ["Sparkasse Hannover"]
    assert item.networks == ["Instagram"]
    assert any(e["name"] == "Instagram" for e in item.evidence)
    assert stage.stats.get_value("archive/classified") == 1
    assert stage.stats.get_value("archive/relevant") == 1


def test_off_topic_article_is_skipped_with_score_and_reason() -> None:
    stage = pipeline()
    with pytest.raises(SkipItem) as raised:
        asyncio.run(stage.process_item(article(**OFF_TOPIC)))
    assert raised.value.reason == "off-topic"
    assert raised.value.stage == "classify"
    assert raised.value.score == 0.0
    assert raised.value.detail.startswith("no-social")
    assert "Sparkasse Hannover" in raised.value.detail
    assert stage.stats.get_value("archive/skipped/no-social") == 1


def test_threshold_comes_from_the_setting() -> None:
    with pytest.raises(SkipItem):
        asyncio.run(pipeline(ARCHIVE_RELEVANCE_THRESHOLD=1.01).process_item(article(**RELEVANT)))
    assert asyncio.run(pipeline(ARCHIVE_RELEVANCE_THRESHOLD=0.0).process_item(article(**OFF_TOPIC)))


def test_other_items_pass_unchanged() -> None:
    failure = FailureItem("https://example.de/b", "example", "fetch", "http-404")
    assert asyncio.run(pipeline().process_item(failure)) is failure
