"""Servers on 127.0.0.1 in child processes (the benchmark's and the tests' Datasette, the
demo): a free port, waiting until a server answers, stopping its process."""

from __future__ import annotations

import socket
import subprocess
import time
from typing import Any

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether a server already listens on ``host:port`` (bound as Datasette binds it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def _check_alive(process: subprocess.Popen[Any] | None) -> None:
    """Raise if ``process`` has exited (with its stderr, when piped)."""
    if process is None or process.poll() is None:
        return
    stderr = process.stderr.read() if process.stderr else b""
    text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else str(stderr or "")
    raise RuntimeError(f"process exited with {process.returncode} before serving\n{text}")


def wait_for_port(port: int, timeout: float = 30.0, process: subprocess.Popen[Any] | None = None
                  ) -> None:  # fmt: skip
    """Block until something accepts connections on 127.0.0.1:``port``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _check_alive(process)
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


def wait_for_url(url: str, timeout: float = 60.0, process: subprocess.Popen[Any] | None = None
                 ) -> None:  # fmt: skip
    """Block until ``url`` answers 200 (Datasette: ``<base>/-/versions.json``)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        _check_alive(process)
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer after {timeout} s")


def stop_process(process: subprocess.Popen[Any]) -> None:
    """Terminate a child process (and kill it if it does not stop); close its pipes."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
