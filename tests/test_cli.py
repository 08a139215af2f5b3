"""Every CLI command has help text and is documented in the README."""

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsarchive.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"crawl", "serve", "stats"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help, f"{name} has no help text"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme(name: str) -> None:
    assert f"newsarchive {name}" in README, f"`newsarchive {name}` is not in the README"


def test_crawl_rejects_unknown_spider(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["crawl", "no-such-site", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "unknown spider" in result.output


def test_crawl_rejects_malformed_override() -> None:
    result = CliRunner().invoke(cli, ["crawl", "--set", "NOEQUALS"])
    assert result.exit_code == 2
    assert "NAME=VALUE" in result.output


def test_serve_needs_existing_db(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_stats_counts(tmp_path: Path) -> None:
    from newsarchive.archive.storage import Archive
    from newsarchive.items import ArticleItem, FailureItem

    archive = Archive(tmp_path / "a.db")
    archive.add_article(ArticleItem(url="https://example.de/a", site="ex", title="A"))
    archive.add_failure(FailureItem("https://example.de/b", "ex", "fetch", "http-404"))
    archive.close()
    result = CliRunner().invoke(cli, ["stats", str(tmp_path / "a.db"), "--json"])
    assert result.exit_code == 0, result.output
    assert '"articles": 1' in result.output
    assert '"http-404": 1' in result.output


def test_group_is_click() -> None:
    assert isinstance(cli, click.Group)
