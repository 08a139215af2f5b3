"""Stage 4, archive: store articles once, recognise copies, index them for search.

In: classified articles, skipped pages and failures from the pipelines. Out: the SQLite
file (``archive.db``): tables, migrations, the duplicate index and the German search
index.

Modules: ``storage`` (opening the file, batched writes, crawl rows), ``rows`` (column
lists, text cleaning, upsert statements), ``migrations`` (the schema), ``dedupe`` (shingle
fingerprints, copy detection, the duplicate index on disk), ``known`` (indexed look-ups
of the URLs already dealt with), ``search`` (the German full-text index and query
language), ``crawlstate`` (the one :class:`~newsarchive.archive.storage.Archive` a crawl
writes through), ``versions`` (what changed after publication: versions, word diffs,
removed articles); the raw archive: ``warcfiles`` (writing the WARC files), ``warcsource``
and ``warcread`` (reading WARC and ARC files from paths and URLs), ``reextraction`` (the
rows a re-extraction reads, moves and remembers).
"""
