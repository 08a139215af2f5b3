"""Stage 4, archive: store articles once, recognise copies, index them for search.

In: classified articles, skipped pages and failures from the pipelines. Out: the SQLite
file (``archive.db``): tables, migrations, the duplicate index and the German search
index.

Modules: ``storage`` (schema, migrations, batched writes), ``dedupe`` (shingle
fingerprints and copy detection), ``search`` (the German full-text index and query
language), ``crawlstate`` (the one :class:`~newsarchive.archive.storage.Archive` a crawl
writes through), ``versions`` (what changed after publication: versions, word diffs,
removed articles); the raw archive: ``warcfiles`` (writing the WARC files), ``warcsource``
and ``warcread`` (reading WARC and ARC files from paths and URLs), ``reextraction`` (the
rows a re-extraction reads, moves and remembers).
"""
