"""Benchmarks: each part prints its figures as ratios against a baseline of the same run.

``newsarchive bench [PART...]`` (``make bench``) runs the parts listed in :data:`PARTS`,
all by default. A part is a module with ``run(options: Options) -> str``; add one by
writing the module and one line in :data:`PARTS`.

Modules: ``generate`` writes an archive of invented German articles; ``search`` times
search and faceted pages through Datasette; ``localserver`` starts and waits for local
servers (also used by the demo and the tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: Benchmark parts: name -> (module with ``run(Options) -> str``, what it measures).
PARTS: dict[str, tuple[str, str]] = {
    "search": ("newsarchive.bench.search", "German search and faceted pages in Datasette"),
    "crawl": ("newsarchive.bench.crawl", "N local pages through every pipeline vs bare Scrapy"),
    "classifier": ("newsarchive.bench.classifier", "topic classifier texts/CPU-s, new vs old"),
    "load": ("newsarchive.bench.load", "50 concurrent clients for 60 s against Datasette"),
    "distributed": ("newsarchive.bench.distributed", "crawl pages/s with 1, 2, 4 Redis workers"),
    "desk": ("newsarchive.bench.desk", "reading view with 6 facets, bank pages, search"),
    "warc": ("newsarchive.bench.warc", "WARC scan, import and re-extraction rates, WARC size"),
    "ingest": ("newsarchive.bench.ingest", "batched ingest vs raw executemany, bytes per article"),
    "memory": ("newsarchive.bench.memory", "RSS of the crawl's stages, a spider's start-up"),
}


@dataclass(frozen=True)
class Options:
    """What every benchmark part may use; a part ignores what it does not need."""

    articles: int = 200_000  #: size of generated archives
    requests: int = 100  #: requests (or repetitions) per measurement
    directory: Path = Path("bench")  #: cache of generated archives and other inputs
    seed: int = 1  #: generator seed
    corpus: Path | None = None  #: the evaluation corpus, where a part uses real pages
