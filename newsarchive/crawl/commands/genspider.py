"""``scrapy genspider``, extended: a template's companion files make the whole triplet.

Scrapy's own command renders one spider template (``TEMPLATES_DIR/spiders/<t>.tmpl``)
into ``spiders/<slug>.py``. This subclass also renders every file below
``TEMPLATES_DIR/<t>/`` into the project (``${module}`` in a path is the slug), so
``scrapy genspider -t newssite <slug> <domain>`` writes ``spiders/<slug>.py``,
``tests/test_<slug>.py`` and ``tests/fixtures/<slug>/`` (a listing and an article page),
then prints the next steps and the README's sources table row. Scrapy's own templates
(``basic``, ``crawl``, ...) stay available.
"""

from __future__ import annotations

import argparse
import re
import string
from pathlib import Path
from typing import Any

import scrapy
from scrapy.commands import genspider
from scrapy.exceptions import UsageError
from scrapy.utils.conf import closest_scrapy_cfg
from scrapy.utils.template import render_templatefile

from newsarchive.urls import registered_domain

#: A slug names the module, the spider and the archive's ``site`` column at once.
SLUG = re.compile(r"[a-z][a-z0-9_]*")

NEXT_STEPS = """
Next steps (README.md, "Add a site"):
  1. {spider}: the site's name, its real sitemap or feed URLs (robots.txt names them),
     the sections worth crawling (ALLOW) and HISTORY_PREFIXES.
  2. {fixtures}/: replace both files by the site's real listing (a few entries) and one
     article page in the site's own markup, with invented text.
  3. {test}: the URLs, title, author, date and text lines of your fixtures.
  4. README.md, table "Sources": add the site's row (tests/test_spider_layout.py checks it):
     {row}
  5. .venv/bin/pytest -k {name}, then make test.
  6. On a machine with internet: newsarchive check-sources {name}
"""


class Command(genspider.Command):
    """Scrapy's ``genspider`` that also renders the template's test and fixtures."""

    def short_desc(self) -> str:
        return "Generate a new spider (with -t newssite: spider, test and fixtures)"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 2 and not opts.list and not opts.dump and not SLUG.fullmatch(args[0]):
            raise UsageError(
                f"{args[0]!r} is no slug: lower-case letters, digits and underscores, "
                "starting with a letter (it names the module, the spider and the site)"
            )
        self.force = bool(getattr(opts, "force", False))
        super().run(args, opts)

    def _generate_template_variables(
        self, module: str, name: str, url: str, template_name: str
    ) -> dict[str, Any]:
        tvars = super()._generate_template_variables(module, name, url, template_name)
        tvars["allowed_domain"] = registered_domain(url)
        tvars["domain_re"] = re.escape(tvars["domain"])
        return tvars

    def _genspider(
        self, module: str, name: str, url: str, template_name: str, template_file: Any
    ) -> Path:
        companions = self._companions(Path(template_file).stem)
        tvars = self._generate_template_variables(module, name, url, template_name)
        root = project_root()
        targets = {src: root / render_path(rel, tvars) for src, rel in companions.items()}
        existing = [str(t.relative_to(root)) for t in targets.values() if t.exists()]
        if existing and not self.force:
            print(f"{', '.join(existing)} already exist(s); use --force to overwrite")
            raise SystemExit(1)
        spider_file = super()._genspider(module, name, url, template_name, template_file)
        for src, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            rendered = target.with_name(target.name + ".tmpl")
            rendered.write_bytes(src.read_bytes())
            render_templatefile(rendered, **tvars)
            print(f"Created {target.relative_to(root)}")
        if companions:
            steps = NEXT_STEPS.format(
                spider=f"spiders/{module}.py",
                fixtures=f"tests/fixtures/{module}",
                test=f"tests/test_{module}.py",
                name=name,
                row=sources_row(name, tvars["allowed_domain"]),
            )
            print(steps)
        return spider_file

    def _companions(self, template: str) -> dict[Path, Path]:
        """The files beside a spider template (``TEMPLATES_DIR/<template>/``), each with
        its path relative to that folder."""
        folder = Path(self.templates_dir).parent / template
        if not folder.is_dir():
            return {}
        return {p: p.relative_to(folder) for p in sorted(folder.rglob("*.tmpl"))}

    def _find_template(self, template: str) -> Path | None:
        """The project's template, else Scrapy's own of that name."""
        filename = template if template.endswith(".tmpl") else f"{template}.tmpl"
        for candidate in (Path(filename), Path(self.templates_dir, filename)):
            if candidate.exists():
                return candidate
        return super()._find_template(str(scrapy_templates() / filename))

    def _list_templates(self) -> None:
        names = {p.stem for p in Path(self.templates_dir).glob("*.tmpl")}
        names |= {p.stem for p in scrapy_templates().glob("*.tmpl")}
        print("Available templates:\n" + "\n".join(f"  {n}" for n in sorted(names)))


def sources_row(name: str, domain: str) -> str:
    """The site's row for the README's sources table, to be completed."""
    discovery = "news sitemap `/sitemap-news.xml`"
    return f"| `{name}` | {domain} | {discovery} | wirtschaft, finanzen, digital | K | — |"


def render_path(rel: Path, tvars: dict[str, Any]) -> Path:
    """A companion file's target path: ``${module}`` and the like filled in, without
    the ``.tmpl`` suffix."""
    text = string.Template(rel.as_posix()).substitute(tvars)
    return Path(text.removesuffix(".tmpl"))


def project_root() -> Path:
    """The project's folder (the one holding ``scrapy.cfg``), else the current one."""
    cfg = closest_scrapy_cfg()
    return Path(cfg).parent if cfg else Path.cwd()


def scrapy_templates() -> Path:
    """Scrapy's own spider templates."""
    return Path(scrapy.__path__[0], "templates", "spiders")
