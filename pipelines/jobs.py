"""The jobs the worker pool runs: plain functions of plain data, no Scrapy.

A worker (:mod:`pipelines.worker`) imports this module, the extractor and the classifier,
and nothing of Scrapy, Twisted or the spiders, so it is ready in about a second instead
of five (``tests/pipelines/test_jobs.py`` checks it). A page travels as a
:class:`PageJob` (not the ``PageItem``, whose module imports Scrapy), and a page of a
spider with site helpers names that spider by reference (imported only then).

One job does all the CPU work of a page: extraction, the site helpers, and, when the
classify stage follows, classification (:func:`run_page`): one round trip a page instead
of two. :func:`run_pages` runs a batch of them.

A page read again (``newsarchive reextract``) may carry the key of the classifier's
inputs its stored verdict was found with (:func:`newsarchive.topics.version.input_key`):
when the extracted title, lead and body and the classifier give the same key, the job
answers :data:`REUSED` instead of classifying, and the stored verdict stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from newsarchive.extract.extraction import ExtractionError, extract
from newsarchive.extract.rules import SiteRules
from newsarchive.topics.classifier import Classification, classify
from newsarchive.topics.version import input_key
from pipelines.helpers import apply_overrides, helper_class


@dataclass(frozen=True)
class PageJob:
    """One page's work, as plain data (pickled to a worker)."""

    url: str
    body: bytes
    encoding: str | None = None
    fetched_at: str = ""  #: ISO 8601 (the date parser's "now")
    rules: SiteRules | None = None
    helpers: str | None = None  #: ``module:Class`` of the spider whose helpers apply
    title_hint: str = ""  #: the title discovery knew (classified when the page has none)
    threshold: float | None = None  #: classify too, with this threshold (``None``: not)
    known_key: str | None = None  #: the input key of the page's stored verdict, if any


#: The answer of a job: ``("ok", fields, classification or None or REUSED, input key or
#: None)`` or ``("error", reason, detail)`` for a page with no article.
Answer = tuple[Any, ...]
#: A job's verdict when the page's stored one stands (its inputs' key is ``known_key``).
REUSED = "reused"


def run_page(job: PageJob) -> Answer:
    """Extract (and classify) one page."""
    fetched = datetime.fromisoformat(job.fetched_at) if job.fetched_at else None
    try:
        data = extract(job.body, job.url, encoding=job.encoding, fetched_at=fetched,
                       rules=job.rules)  # fmt: skip
    except ExtractionError as error:
        return ("error", error.reason, error.detail)
    if job.helpers is not None:
        apply_overrides(helper_class(job.helpers), job, data)
    verdict: Classification | str | None = None
    key: str | None = None
    if job.threshold is not None:
        title, lead = data.get("title") or job.title_hint, data.get("lead") or ""
        body = data.get("body") or ""
        key = input_key(title, lead, body, job.threshold)
        if key == job.known_key:
            verdict = REUSED
        else:
            verdict = classify(title, lead, body, threshold=job.threshold)
    return ("ok", data, verdict, key)


#: The classify stage (its verdict travels on the item from the extract stage's job).
CLASSIFY_STAGE = "pipelines.classify.ClassifyPipeline"
#: The attribute that carries it (not a field: never stored, never sent on).
VERDICT_ATTRIBUTE = "_archive_verdict"


#: The attribute of a page item read again (and of its article) that carries its stored
#: verdict (:class:`StoredVerdict`).
STORED_ATTRIBUTE = "_archive_stored_verdict"


@dataclass(frozen=True)
class StoredVerdict:
    """A page's verdict as stored (``page_verdicts``) and the key of its inputs; the
    verdict is read (:attr:`verdict`) only when it is reused."""

    key: str
    packed: bytes  #: as :func:`pipelines.verdicts.pack` stored it

    @cached_property
    def verdict(self) -> Classification:
        from pipelines.verdicts import unpack  # (imports Scrapy: not in a worker)

        return unpack(self.packed)


def set_verdict(item: object, verdict: Classification, threshold: float,
                key: str | None = None) -> None:  # fmt: skip
    """Hand the classify stage the verdict of the page's job (found with ``threshold``;
    ``key``: of its inputs, kept with the verdict)."""
    setattr(item, VERDICT_ATTRIBUTE, (threshold, verdict, key))


def take_verdict(item: object, threshold: float) -> tuple[Classification, str | None] | None:
    """The verdict the extract stage's job found for ``item`` with ``threshold`` and the
    key of its inputs (removed from the item), if any."""
    found = getattr(item, "__dict__", {}).pop(VERDICT_ATTRIBUTE, None)
    if isinstance(found, tuple) and found[0] == threshold and isinstance(found[1], Classification):
        return found[1], found[2]
    return None


def stored_verdict(item: object) -> StoredVerdict | None:
    """The stored verdict a page item read again carries (see :data:`STORED_ATTRIBUTE`)."""
    found = getattr(item, "__dict__", {}).get(STORED_ATTRIBUTE)
    return found if isinstance(found, StoredVerdict) else None


def run_pages(jobs: list[PageJob]) -> list[Answer]:
    """:func:`run_page` of each job (one round trip for a batch)."""
    return [run_page(job) for job in jobs]


#: A small German article: :func:`warm_up` runs it through extraction and classification
#: once per worker, so one-off start-up costs (date parser locales, compiled rules,
#: lexicons) hit no real page.
WARM_UP_PAGE = (
    b"<html lang='de'><head><title>Sparkasse auf Facebook</title></head><body><article>"
    b"<h1>Sparkasse auf Facebook</h1><p>Von Anna Muster, 3. Mai 2012</p><p>Die Sparkasse "
    b"redet seit Mai auf Facebook mit ihren Kunden. Die Bank will so junge Leute erreichen, "
    b"sagt der Vorstand, und antwortet auch auf Kritik.</p></article></body></html>"
)


def warm_up() -> None:
    """Run :data:`WARM_UP_PAGE` through a job once (a worker does this before its first)."""
    run_page(PageJob("https://example.de/warm-up", WARM_UP_PAGE, threshold=0.5))
