"""The crawl side's commands: ``stats`` prints a table, ``demo`` refuses a busy port at
once, before any crawling."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner

from newsarchive.archive.storage import Archive
from newsarchive.cli import cli
from newsarchive.items import ArticleItem, FailureItem


def test_stats_prints_a_table(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    archive.add_article(ArticleItem(url="https://www.welt.de/a", site="welt", title="A"))
    archive.add_failure(FailureItem("https://www.welt.de/b", "welt", "fetch", "http-404"))
    archive.close()
    result = CliRunner().invoke(cli, ["stats", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.output.splitlines()]
    assert ["articles", "1"] in lines
    assert ["failures", "1"] in lines
    assert ["articles", "per", "site"] in lines
    assert ["welt", "1"] in lines
    assert ["http-404", "1"] in lines
    assert "{" not in result.output


def test_demo_on_a_busy_port_says_so_before_crawling(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["demo", "--db", str(tmp_path / "d.db"),
                                          "--port", str(port)])  # fmt: skip
    assert result.exit_code == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.output
    assert "--port" in result.output
    assert not (tmp_path / "d.db").exists()  # nothing was crawled
