"""A progress bar on stderr for long runs (re-extraction, WARC imports).

On a terminal it redraws one line (``[#####.....]  52%  1,234/2,345 pages  41.0/s``);
elsewhere (a log file, CI) it prints a plain line at most every ``every`` seconds, so
output stays short either way.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

#: Width of the bar in characters.
WIDTH = 30


class Progress:
    """Progress of ``total`` units (0: unknown) named ``unit``."""

    def __init__(self, total: int, unit: str = "pages", out: TextIO | None = None,
                 every: float = 10.0) -> None:  # fmt: skip
        self.total = max(0, total)
        self.unit = unit
        self.out = out or sys.stderr
        self.every = every
        self.done = 0
        self.note = ""
        self.started = time.monotonic()
        self._last = 0.0
        self.tty = bool(getattr(self.out, "isatty", lambda: False)())

    def line(self) -> str:
        """The current progress as one line."""
        seconds = max(time.monotonic() - self.started, 1e-6)
        scale, unit, digits = (1e6, "MB", 1) if self.unit == "bytes" else (1, self.unit, 0)
        done, total = self.done / scale, self.total / scale
        rate = f"{done / seconds:,.1f} {unit}/s"
        if self.total:
            share = min(1.0, self.done / self.total)
            bar = "#" * int(WIDTH * share) + "." * (WIDTH - int(WIDTH * share))
            text = f"[{bar}] {share:4.0%}  {done:,.{digits}f}/{total:,.{digits}f} {unit}  {rate}"
        else:
            text = f"{done:,.{digits}f} {unit}  {rate}"
        return f"{text}  {self.note}".rstrip()

    def update(self, done: int, note: str = "", force: bool = False) -> None:
        """Set the units done (and a short note); redraw if it is time."""
        self.done, self.note = done, note
        now = time.monotonic()
        if not force and now - self._last < (0.2 if self.tty else self.every):
            return
        self._last = now
        if self.tty:
            self.out.write("\r" + self.line()[:120].ljust(120))
        else:
            self.out.write(self.line() + "\n")
        self.out.flush()

    def finish(self) -> None:
        """Draw the final state and end the line."""
        self.update(self.done, self.note, force=True)
        if self.tty:
            self.out.write("\n")
            self.out.flush()


def quiet(overrides: dict[str, Any] | None) -> dict[str, Any]:
    """Settings for a run whose terminal output is its progress bar and summary: Scrapy
    logs warnings only, unless ``ARCHIVE_LOG_LEVEL`` or ``--set LOG_LEVEL`` says else."""
    settings = dict(overrides or {})
    if "LOG_LEVEL" not in settings and "ARCHIVE_LOG_LEVEL" not in os.environ:
        settings["LOG_LEVEL"] = "WARNING"
    return settings
