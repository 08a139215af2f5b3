"""Benchmarks: generated archives and timed requests against a baseline of the same run.

``generate`` writes an archive of invented German articles; ``search`` times search and
faceted pages through Datasette; ``localserver`` starts and waits for local servers (also
used by the demo and the tests).
"""
