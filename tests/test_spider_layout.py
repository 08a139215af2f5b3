"""Every site is a triplet: spiders/<slug>.py, tests/test_<slug>.py, tests/fixtures/<slug>/."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from site_helpers import spider_class

from newsarchive.crawl.base import WordPressSpider
from newsarchive.extract import FIELDS
from pipelines.extract import HELPER_PREFIX, site_helpers

ROOT = Path(__file__).parent.parent
MODULES = sorted(p.stem for p in (ROOT / "spiders").glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("slug", MODULES)
def test_site_is_a_triplet(slug: str) -> None:
    assert spider_class(slug).name == slug, "the module's spider must be named after it"
    assert (ROOT / "tests" / f"test_{slug}.py").is_file()
    fixtures = ROOT / "tests" / "fixtures" / slug
    assert fixtures.is_dir()
    assert len(list(fixtures.iterdir())) >= 2, "a listing and a page at least"


@pytest.mark.parametrize("slug", [m for m in MODULES if m != "wayback"])
def test_site_declares_its_discovery(slug: str) -> None:
    cls = spider_class(slug)
    assert cls.allowed_domains
    assert cls.sitemap_urls or cls.feed_urls or getattr(cls, "wordpress_url", "")
    # news sites are restricted to their business/finance/digital/media sections;
    # the blogs (WordPress) have no sections and ask their API for the topic instead
    assert cls.ALLOW or issubclass(cls, WordPressSpider)
    assert cls.site_name


@pytest.mark.parametrize("slug", MODULES)
def test_site_helpers_name_a_field_and_need_no_instance(slug: str) -> None:
    cls = spider_class(slug)
    for name in site_helpers(cls):
        assert name.removeprefix(HELPER_PREFIX) in FIELDS, f"{name}: no such field"
        helper = inspect.getattr_static(cls, name)
        assert isinstance(helper, staticmethod | classmethod), f"{name}: not a static method"


def test_a_site_uses_the_helpers() -> None:
    assert any(site_helpers(spider_class(slug)) for slug in MODULES)


def test_scrapy_list_lists_every_module() -> None:
    scrapy = Path(sys.executable).parent / "scrapy"
    run = subprocess.run([str(scrapy), "list"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    assert run.stdout.split() == MODULES


def test_readme_sources_table_names_every_site() -> None:
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("README.md not assembled yet")
    text = readme.read_text(encoding="utf-8")
    missing = [slug for slug in MODULES if f"`{slug}`" not in text]
    assert not missing, (
        f"README.md's Sources table has no row for {missing}: add one per site "
        "(`scrapy genspider -t newssite` prints it; README, Add a site)"
    )
