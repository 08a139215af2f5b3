"""Every field an item carries has a column the store writes (nothing dropped silently)."""

import json
from dataclasses import fields

import pytest

from newsarchive.archive import rows
from newsarchive.items import ArticleItem, FailureItem


def test_article_columns_cover_every_stored_item_field() -> None:
    assert set(rows._ITEM_FIELDS) | {"year", "month"} == set(rows.ARTICLE_COLUMNS)


def test_failure_columns_cover_every_failure_field() -> None:
    names = {f.name for f in fields(FailureItem)} | {"crawl_id", "recorded_at"}
    assert names == set(rows.FAILURE_COLUMNS)


@pytest.mark.parametrize("table", ["copies", "skipped", "failures", "articles"])
def test_rows_keep_where_their_page_lies_in_the_warc_files(table: str) -> None:
    assert {"warc_file", "warc_offset", "warc_record_id"} <= set(rows.TABLES[table][0])


def test_copy_row_keeps_the_warc_location() -> None:
    item = ArticleItem(url="https://a.de/x", site="a", title="T", original_url="https://b.de/y")
    item.warc_file, item.warc_offset = "warc/a.warc.gz", 42
    row = rows.copy_row(item)
    assert (row["warc_file"], row["warc_offset"]) == ("warc/a.warc.gz", 42)


@pytest.mark.parametrize("value", [
    [], ["N26"], ["Großbank", 'Zitat "x"', "a\\b", "Zeile\nneu", "\u2028", "\ud800"],
    ["Bank", 1, None], [["verschachtelt"]], {"bank": "N26"}, ("N26",),
])  # fmt: skip
def test_list_columns_are_the_json_of_the_standard_encoder(value: object) -> None:
    assert rows._to_json(value) == json.dumps(value, ensure_ascii=False)
