"""``python -m newsarchive.demo.build [--out DIR]`` (see :func:`cache.main`)."""

from newsarchive.demo.build.cache import main

main()
