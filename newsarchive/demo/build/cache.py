"""The cached build: :func:`ensure_built` keeps one built directory per input hash, and
:func:`main` is ``python -m newsarchive.demo.build``."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

import newsarchive
from newsarchive import urls
from newsarchive.demo import CONTENT_FILE, DEMO_DIR, HISTORY_SITE
from newsarchive.demo.build.assemble import build_mirror
from newsarchive.demo.build.content import load
from newsarchive.demo.build.mirror import write

#: The build's own modules (all of them are inputs of the hash).
BUILD_DIR = Path(__file__).parent
#: The file in a built directory listing its input hash and files; written last, so a
#: directory whose manifest names only existing files is complete.
MANIFEST = "manifest.json"
#: Prefix of the cache directories' names (``newsarchive-demo-<hash>``).
CACHE_PREFIX = "newsarchive-demo-"


def input_files(content: Path = CONTENT_FILE) -> list[Path]:
    """What the built data depends on besides the package version: ``content``, every
    module of this package (the build), the demo package (the history constants), URL
    normalisation (the expected URLs) and the history site's spider module (its CDX
    prefixes)."""
    spec = importlib.util.find_spec(f"spiders.{HISTORY_SITE}")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"spider module spiders.{HISTORY_SITE} not found")
    build = sorted(BUILD_DIR.glob("*.py"))
    return [content, *build, DEMO_DIR / "__init__.py", Path(urls.__file__), Path(spec.origin)]


def input_hash(content: Path = CONTENT_FILE) -> str:
    """16 hex digits of the SHA-256 of the package version and the input files."""
    digest = hashlib.sha256(newsarchive.__version__.encode())
    for path in input_files(content):
        data = path.read_bytes()
        digest.update(b"\0%d\0" % len(data) + data)
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    """Where built demo data is kept: ``$XDG_CACHE_HOME/newsarchive`` if that variable is
    set, else the system's temporary directory."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "newsarchive" if xdg else Path(tempfile.gettempdir())


def is_complete(directory: Path, key: str) -> bool:
    """Whether ``directory`` holds a finished build for input hash ``key`` with all its
    files (a temp-directory cleaner may have removed some)."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("hash") == key and all(
        (directory / rel).is_file() for rel in manifest.get("files", ())
    )


def ensure_built(cache: Path | None = None, content: Path = CONTENT_FILE) -> Path:
    """The directory with ``site/``, ``routes.json`` and ``expected.json`` built from
    ``content``: ``<cache>/newsarchive-demo-<input hash>`` (default cache:
    :func:`cache_root`), reused when complete, else built first in a temporary sibling
    and renamed into place (a concurrent builder's finished directory wins)."""
    key = input_hash(content)
    parent = cache or cache_root()
    target = parent / f"{CACHE_PREFIX}{key}"
    if target.exists() and hasattr(os, "getuid") and target.stat().st_uid != os.getuid():
        raise PermissionError(f"{target} belongs to another user; set XDG_CACHE_HOME")
    if is_complete(target, key):
        return target
    parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=parent))
    try:
        mirror = build_mirror(load(content))
        write(mirror, fresh)
        files = ["routes.json", "expected.json", *(f"site/{rel}" for rel in sorted(mirror.files))]
        manifest = {"hash": key, "version": newsarchive.__version__, "files": files}
        (fresh / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
        _install(fresh, target, key)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return target


def _install(fresh: Path, target: Path, key: str) -> None:
    """Rename the finished build ``fresh`` to ``target``. If ``target`` exists, a
    complete one (from a concurrent builder) is kept and ``fresh`` left for removal; an
    incomplete one is moved aside and deleted, and the rename retried."""
    for _ in range(5):
        try:
            fresh.rename(target)
            return
        except OSError:
            if not target.exists():
                continue  # removed meanwhile by another builder: try again
            if is_complete(target, key):
                return
        trash = Path(tempfile.mkdtemp(prefix=f".{target.name}-stale-", dir=target.parent))
        with contextlib.suppress(FileNotFoundError):  # another builder moved it first
            target.rename(trash / "old")
        shutil.rmtree(trash, ignore_errors=True)
    raise RuntimeError(f"could not install the demo data at {target}")


def main(argv: list[str] | None = None) -> None:
    """``python -m newsarchive.demo.build [--out DIR]``: write the demo data into DIR, or
    print the cache directory holding it (building it if needed)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--out", type=Path, help="write site/, routes.json, expected.json here")
    args = parser.parse_args(argv)
    if args.out is None:
        print(ensure_built())
        return
    args.out.mkdir(parents=True, exist_ok=True)
    write(build_mirror(load()), args.out)
    print(args.out)
