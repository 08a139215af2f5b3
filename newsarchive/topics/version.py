"""Which classifier a verdict came from, and what it was asked: the key that lets a
re-extraction reuse a stored verdict instead of classifying a page again.

:func:`classifier_version` hashes what :func:`newsarchive.topics.classifier.classify`
is made of: this package's code and its data files (gazetteers, lexicons, patterns),
plus :data:`CODE_VERSION`. :func:`input_key` hashes that version, the threshold and the
three texts the classifier reads. Equal keys mean equal inputs to the same classifier,
so the same verdict (the classifier is a pure function of them).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: Bump when the classifier's behaviour changes through something outside this package
#: (a library it relies on, the way it is called).
CODE_VERSION = 1
#: Files of the package that are not the classifier (its evaluation and test sets).
NOT_CLASSIFIER = ("evaluation.py", "version.py")
NOT_CLASSIFIER_SUFFIXES = (".jsonl",)


def classifier_files(package: Path | None = None) -> list[Path]:
    """The package's code and data files the classifier is made of, sorted."""
    root = package or Path(__file__).parent
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and p.suffix not in (".pyc", *NOT_CLASSIFIER_SUFFIXES)
                  and p.name not in NOT_CLASSIFIER and "__pycache__" not in p.parts)  # fmt: skip


@cache
def classifier_version() -> str:
    """This classifier's version (:func:`package_version` of this package), once a process."""
    return package_version(Path(__file__).parent)


def package_version(root: Path) -> str:
    """A hash of :data:`CODE_VERSION` and every file of :func:`classifier_files` of the
    package at ``root`` (names and contents)."""
    digest = hashlib.sha1(f"classifier {CODE_VERSION}".encode())
    for path in classifier_files(root):
        digest.update(b"\0" + path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def input_key(title: str, lead: str, body: str, threshold: float,
              version: str | None = None) -> str:  # fmt: skip
    """The key of one call ``classify(title, lead, body, threshold=threshold)``."""
    digest = hashlib.sha1((version or classifier_version()).encode())
    for part in (repr(float(threshold)), title, lead, body):
        digest.update(b"\0")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
