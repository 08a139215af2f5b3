"""Workers forked from one warmed-up process (the pool's *zygote*), not started fresh.

A fresh worker costs about 1.3 CPU-seconds before its first page (interpreter, imports,
trafilatura, the justext stoplist, the lexicons: :data:`pipelines.pool.WARM_UP`); on two
cores that is time taken from the pages. So the pool starts one zygote per warm-up list:
a fresh interpreter (:data:`BOOT`, no Scrapy or Twisted, like a worker) that warms up
once and then forks a worker for every request, ready within milliseconds and sharing the
warmed memory copy-on-write. A worker replaced after a timeout or a crash is forked too.

The crawl process itself never forks (its reactor threads and sockets stay its own): it
sends the zygote the worker's three pipe ends (jobs, answers, stderr) over a Unix socket
(``SCM_RIGHTS``) and does not wait; the zygote answers with the worker's pid, read when
the crawl needs it (:class:`Forked`). A worker is the zygote's child, not the crawl's,
so the crawl watches and signals it through a pidfd (its exit status is unknown to the
crawl: :attr:`Forked.returncode` is ``1`` for any end). A worker ends with the crawl
process even by ``SIGKILL``: a thread waits on the crawl's pidfd (the kernel's
parent-death signal would tie it to the zygote instead); the zygote ends with the crawl
through the parent-death signal and when its socket closes, after waiting for its
workers (so their CPU time counts in the crawl's, as a fresh worker's does). The
zygote's own stderr is discarded (a failed warm-up only costs the first pages some time).
"""

from __future__ import annotations

import gc
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
from collections import deque
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import IO

from pipelines.worker import WORKER_ENV, answer_jobs, die_with, warm

#: What the zygote process runs.
BOOT = (
    f"import json, os, sys; sys.path[:0] = json.loads(os.environ['{WORKER_ENV}'])['path']; "
    "from pipelines.zygote import serve; serve()"
)
#: Seconds the crawl waits, at most, for the zygote to name a worker it must signal.
ANSWER_TIMEOUT = 30.0
_PID = struct.Struct("q")

#: Whether workers can be forked here (Linux: ``fork``, pidfds, ``SCM_RIGHTS``).
AVAILABLE = sys.platform == "linux" and hasattr(os, "pidfd_open") and hasattr(socket, "send_fds")


class Forked:
    """The crawl's handle on a forked worker: the part of :class:`subprocess.Popen` the
    pool uses (``pid``, ``poll``, ``kill``, ``terminate``, ``wait``, ``stderr``)."""

    def __init__(self, zygote: Zygote, stderr: IO[bytes]) -> None:
        self.zygote = zygote
        self.stderr: IO[bytes] | None = stderr
        self._pid = 0
        self.returncode: int | None = None
        self._named = False
        self._pidfd: int | None = None

    def name(self, pid: int) -> None:
        """The zygote forked the worker as ``pid`` (0: it could not)."""
        self._named, self._pid = True, pid
        try:
            self._pidfd = os.pidfd_open(pid) if pid > 0 else None
        except OSError:  # ended already
            self._pidfd = None
        if self._pidfd is None:
            self.returncode = 1

    @property
    def pid(self) -> int:
        """The worker's pid (waits for the zygote to say it; 0 if it never did)."""
        self._known(True)
        return self._pid

    def _known(self, block: bool) -> bool:
        if not self._named:
            self.zygote.collect(block)
        if not self._named and block:  # the zygote never answered: nothing to signal
            self.name(0)
        return self._named

    def poll(self) -> int | None:
        if (self.returncode is None and self._known(False) and self._pidfd is not None
                and select.select([self._pidfd], [], [], 0)[0]):  # fmt: skip
            self._ended()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.poll() is None and self._known(True) and self._pidfd is not None:
            if not select.select([self._pidfd], [], [], timeout)[0]:
                raise subprocess.TimeoutExpired(f"worker {self.pid}", timeout or 0)
            self._ended()
        return self.returncode if self.returncode is not None else 1

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def send_signal(self, number: int) -> None:
        if self.returncode is None and self._known(True) and self._pidfd is not None:
            with suppress(ProcessLookupError):
                signal.pidfd_send_signal(self._pidfd, number)

    def _ended(self) -> None:
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        self.returncode = 1


class Zygote:
    """A warmed-up process that forks workers (the crawl's side of it)."""

    def __init__(self, warm_up: tuple[str, ...]) -> None:
        self.warm_up = warm_up
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        config = {"path": sys.path, "socket": theirs.fileno(), "warm_up": warm_up,
                  "parent": os.getpid()}  # fmt: skip
        self.process = subprocess.Popen(
            [sys.executable, "-c", BOOT], pass_fds=(theirs.fileno(),),
            env={**os.environ, WORKER_ENV: json.dumps(config)}, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        theirs.close()
        self.pending: deque[Forked] = deque()  #: workers asked for, not yet named
        self._buffer = b""

    def alive(self) -> bool:
        return self.process.poll() is None

    def fork(self) -> tuple[Forked, Connection, Connection]:
        """Ask for a worker (no waiting); its handle and the crawl's ends of its pipes."""
        to_parent, from_worker = os.pipe()
        to_worker, from_parent = os.pipe()
        err_read, err_write = os.pipe()
        theirs = [to_worker, from_worker, err_write]
        os.set_blocking(err_read, False)
        handle = Forked(self, open(err_read, "rb", buffering=0))  # noqa: SIM115 (closed by reap)
        try:
            socket.send_fds(self.control, [b"f"], theirs)
            self.pending.append(handle)
        except OSError:  # the zygote is gone: the worker "dies" at once (pipes closed)
            handle.name(0)
        for fd in theirs:  # in flight, the zygote holds them now
            os.close(fd)
        inbox = Connection(to_parent, writable=False)
        return handle, inbox, Connection(from_parent, readable=False)

    def collect(self, block: bool) -> None:
        """Read the pids the zygote sent (waiting up to :data:`ANSWER_TIMEOUT` if
        ``block``); when it is gone, the workers it did not name never started."""
        while self.pending:
            if len(self._buffer) >= _PID.size:
                (pid,) = _PID.unpack_from(self._buffer)
                self._buffer = self._buffer[_PID.size :]
                self.pending.popleft().name(pid)
                continue
            try:
                self.control.settimeout(ANSWER_TIMEOUT if block else 0.0)
                data = self.control.recv(4096)
            except (BlockingIOError, TimeoutError):
                return
            except OSError:
                data = b""
            if not data:
                while self.pending:
                    self.pending.popleft().name(0)
                return
            self._buffer += data

    def stop(self) -> None:
        """Name the workers asked for, then let the zygote go (its workers live on)."""
        if self.alive():
            self.collect(block=True)
        self.control.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


# --- the zygote's side ------------------------------------------------------------------


def serve() -> None:
    """The zygote's life (see :data:`BOOT`): warm up, then fork a worker for every set of
    pipe ends received, answering with its pid, until the crawl closes the socket."""
    config = json.loads(os.environ[WORKER_ENV])
    crawl = int(config["parent"])
    die_with(crawl)
    control = socket.socket(fileno=int(config["socket"]))
    warm(config["warm_up"])
    signal.signal(signal.SIGCHLD, _reap)
    gc.freeze()  # the warmed objects: never scanned (nor copied) by a worker's collector
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 1, 3)
        except OSError:
            message, fds = b"", []
        if not message:  # the crawl is done: wait for the workers (their CPU time then
            _reap(block=True)  # counts in the crawl's, as a fresh worker's would)
            return
        pid = _fork(fds, control, crawl) if len(fds) == 3 else 0
        for fd in fds:
            os.close(fd)
        try:
            control.sendall(_PID.pack(pid))
        except OSError:
            return


def _reap(*_: object, block: bool = False) -> None:
    """Wait for the workers that ended (all of them if ``block``)."""
    with suppress(ChildProcessError):
        while os.waitpid(-1, 0 if block else os.WNOHANG)[0]:
            pass


def _fork(fds: list[int], control: socket.socket, crawl: int) -> int:
    """Fork a worker on the pipe ends ``fds`` (jobs, answers, stderr); its pid (0: none)."""
    try:
        pid = os.fork()
    except OSError:
        return 0
    if pid:
        return pid
    try:  # the worker
        control.close()
        os.setsid()  # its own session, as a fresh worker: and its own scheduler autogroup
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        _end_with(crawl)
        os.dup2(fds[2], 2)
        os.close(fds[2])
        answer_jobs(Connection(fds[0], writable=False), Connection(fds[1], readable=False))
    finally:
        os._exit(0)


def _end_with(crawl: int) -> None:
    """End this worker when the crawl process ends (even in the middle of a job)."""
    try:
        pidfd = os.pidfd_open(crawl)
    except OSError:  # it ended already
        os._exit(1)

    def watch() -> None:
        select.select([pidfd], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="crawl-watch", daemon=True).start()
