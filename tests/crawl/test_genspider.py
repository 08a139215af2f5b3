"""``scrapy genspider -t newssite <slug> <domain>`` writes a site's whole triplet."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.exceptions import UsageError
from scrapy.utils.project import get_project_settings

from newsarchive.crawl.commands.genspider import Command, render_path, sources_row

ROOT = Path(__file__).parent.parent.parent
#: What a copy of the project needs to generate a site and run its tests.
PROJECT = ("scrapy.cfg", "pyproject.toml", "README.md", "newsarchive", "spiders", "pipelines",
           "tests")  # fmt: skip
BIN = Path(sys.executable).parent


def command() -> tuple[Command, argparse.ArgumentParser]:
    cmd = Command()
    cmd.settings = get_project_settings()
    parser = argparse.ArgumentParser()
    cmd.add_options(parser)
    return cmd, parser


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=240)


def copy_project(target: Path) -> Path:
    """A copy of :data:`PROJECT`, but for the other sites' fixtures (``tests/fixtures``,
    ~100 MB read only): the copy's entries link to the repository's."""
    target.mkdir(parents=True)
    fixtures = ROOT / "tests" / "fixtures"
    patterns = shutil.ignore_patterns("__pycache__", "*.db", ".pytest_cache")

    def ignore(folder: str, names: list[str]) -> set[str]:
        return set(names) if Path(folder) == fixtures else patterns(folder, names)

    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    for entry in fixtures.iterdir():
        (target / "tests" / "fixtures" / entry.name).symlink_to(entry)
    return target


@pytest.mark.slow
def test_genspider_writes_a_triplet_whose_tests_pass(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    made = run([str(BIN / "scrapy"), "genspider", "-t", "newssite", "probe_site", "probe-site.de"],
               project)  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    created = [
        project / "spiders" / "probe_site.py",
        project / "tests" / "test_probe_site.py",
        project / "tests" / "fixtures" / "probe_site" / "sitemap-news.xml",
        project / "tests" / "fixtures" / "probe_site" / "article.html",
    ]
    for path in created:
        assert path.is_file(), path
        assert "${" not in path.read_text("utf-8"), path
    assert not (ROOT / "spiders" / "probe_site.py").exists()  # the copy, not the repo
    assert "Next steps" in made.stdout
    assert sources_row("probe_site", "probe-site.de") in made.stdout  # the README row
    assert "newsarchive check-sources probe_site" in made.stdout

    generated = [str(p) for p in created[:2]]
    assert run([str(BIN / "ruff"), "check", *generated], project).returncode == 0
    assert run([str(BIN / "ruff"), "format", "--check", *generated], project).returncode == 0

    tests = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k",
                 "probe_site"], project)  # fmt: skip
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "5 passed" in tests.stdout  # discovery, extraction and three layout checks


@pytest.mark.slow
def test_genspider_keeps_existing_files(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    fixture = project / "tests" / "fixtures" / "probe_site" / "article.html"
    fixture.parent.mkdir(parents=True)
    fixture.write_text("mine", "utf-8")
    made = run([str(BIN / "scrapy"), "genspider", "-t", "newssite", "probe_site", "probe-site.de"],
               project)  # fmt: skip
    assert made.returncode == 1
    assert "already exist" in made.stdout
    assert fixture.read_text("utf-8") == "mine"
    assert not (project / "spiders" / "probe_site.py").exists()


@pytest.mark.parametrize("slug", ["probe-site", "Probe", "1site", "probe.site"])
def test_a_slug_is_a_module_name(slug: str) -> None:
    cmd, parser = command()
    with pytest.raises(UsageError, match="no slug"):
        cmd.run([slug, "probe-site.de"], parser.parse_args(["-t", "newssite"]))


def test_the_project_and_scrapys_templates_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    cmd, parser = command()
    cmd.run([], parser.parse_args(["-l"]))
    listed = capsys.readouterr().out.split()
    assert {"newssite", "basic", "crawl"} <= set(listed)


def test_the_newssite_template_has_a_test_and_two_fixtures() -> None:
    cmd, _ = command()
    companions = {rel.as_posix() for rel in cmd._companions("newssite").values()}
    tvars = {"module": "probe_site"}
    assert {render_path(Path(rel), tvars).as_posix() for rel in companions} == {
        "tests/test_probe_site.py",
        "tests/fixtures/probe_site/sitemap-news.xml",
        "tests/fixtures/probe_site/article.html",
    }
    assert cmd._companions("basic") == {}
