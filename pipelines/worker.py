"""The worker side of :mod:`pipelines.pool`: a fresh interpreter that answers jobs.

A worker runs :data:`BOOT`: it takes its pipes, ``sys.path`` and warm-up list from the
environment variable :data:`WORKER_ENV`, calls each warm-up function, says ``ready``,
then answers pickled jobs ``(function, args, kwargs)`` with ``("ok", result)`` or
``("error", type name, message)`` until it reads the stop message (``None``) or the crawl
process is gone.
"""

from __future__ import annotations

import ctypes
import importlib
import json
import logging
import os
import pickle
import signal
import threading
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any

logger = logging.getLogger(__name__)

#: Environment variable that hands a worker its pipes, ``sys.path`` and warm-up list.
WORKER_ENV = "NEWSARCHIVE_WORKER"
#: ``prctl`` option: the signal a Linux process gets when its parent dies.
PR_SET_PDEATHSIG = 1
#: What a worker process runs.
BOOT = (
    f"import json, os, sys; sys.path[:0] = json.loads(os.environ['{WORKER_ENV}'])['path']; "
    "from pipelines.worker import serve; serve()"
)


def serve() -> None:
    """A worker's life (see :data:`BOOT`): warm up, say ``ready``, then answer jobs until
    told to stop or until the crawl process is gone."""
    config = json.loads(os.environ[WORKER_ENV])
    die_with(int(config["parent"]))
    inbox = Connection(config["fds"][0], writable=False)
    outbox = Connection(config["fds"][1], readable=False)
    warm(config["warm_up"])
    answer_jobs(inbox, outbox)


def warm(names: list[str]) -> None:
    """Set up logging to stderr and call each warm-up function (``module:function``)."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s %(levelname)s: %(message)s")
    for name in names:
        module, _, function = name.partition(":")
        try:
            getattr(importlib.import_module(module), function)()
        except Exception:  # a failed warm-up only costs the first job some time
            logger.warning("warm-up %s failed", name, exc_info=True)


def answer_jobs(inbox: Connection, outbox: Connection) -> None:
    """Say ``ready``, then answer jobs until told to stop or the parent is gone."""
    if not _send(outbox, ("ready",)):
        return
    while True:
        try:
            data = inbox.recv_bytes()
        except (EOFError, OSError):
            return
        answer = _answer(data)
        if answer is None or not _send(outbox, answer):
            return


def die_with(parent: int) -> None:
    """End this worker when the crawl process ``parent`` ends, even by ``SIGKILL`` and
    even in the middle of a job that never returns (Linux: the kernel's parent-death
    signal; elsewhere a thread that looks every second)."""
    try:
        armed = ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        armed = False
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _answer(data: bytes) -> tuple[Any, ...] | None:
    """Run one pickled job: ``("ok", result)`` or ``("error", type name, message)``;
    ``None`` for the stop message."""
    try:
        job = pickle.loads(data)
        if job is None:
            return None
        function, args, kwargs = job
        return ("ok", function(*args, **kwargs))
    except BaseException as error:  # everything goes back to the caller
        message = str(error)[:500] or traceback.format_exc(limit=3)[-500:]
        return ("error", type(error).__name__, message)


def _send(conn: Connection, message: tuple[Any, ...]) -> bool:
    """Send ``message`` (an error instead if it cannot be pickled); False if the parent
    is gone."""
    try:
        try:
            payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # an unpicklable result
            payload = pickle.dumps(("error", type(error).__name__, str(error)[:500]))
        conn.send_bytes(payload)
    except OSError:
        return False
    return True
