"""Fixtures of the distributed tests: a private redis-server per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsarchive.crawl.distributed.localredis import LocalRedis, redis_server_path


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A fresh redis-server on a free 127.0.0.1 port (skips when not installed)."""
    if redis_server_path() is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = LocalRedis()
    try:
        yield server.start()
    finally:
        server.stop()
