"""Distributed mode: many crawl workers, one writer, Redis between them.

* :mod:`.keys` – the Redis connection, key names and the records on the item stream.
* :mod:`.scheduler` – scrapy-redis's scheduler with a record of the requests each worker
  holds, so a dead worker's requests are queued again.
* :mod:`.worker` – ``newsarchive worker``: spiders with the shared frontier; items go to
  the stream instead of SQLite.
* :mod:`.politeness` – per-domain concurrency and delay for the whole fleet.
* :mod:`.robots` – robots.txt checked by the worker that downloads a page.
* :mod:`.ingest` – ``newsarchive ingest``: the one writer of the SQLite file.
* :mod:`.status` – ``newsarchive status --redis``.

One-process mode (``newsarchive crawl``) uses none of this.
"""
