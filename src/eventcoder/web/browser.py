"""Headless Chromium and a throw-away server, for the browser tests, the screenshots and the page-load benchmark.

Uses Debian's ``chromium`` (``apt-get install chromium``) driven by Playwright's Python package
(a dev dependency); Playwright's own browser downloads are never used. Each run gets a fresh
profile folder and the flags below, so no state or network traffic leaks between runs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["FLAGS", "chromium_path", "free_port", "launch", "running_server"]

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """The system Chromium (``$EVENTCODER_CHROMIUM``, else /usr/bin/chromium or one on PATH), or None."""
    env = os.environ.get("EVENTCODER_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def launch(profile: Path, *, width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A Playwright browser context of the system Chromium with a fresh profile in ``profile``."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError("no Chromium found: apt-get install chromium (or set EVENTCODER_CHROMIUM)")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=FLAGS,
            viewport={"width": width, "height": height})
        try:
            yield context
        finally:
            context.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running_server(db: Path, *args: str, timeout: float = 60) -> Iterator[str]:
    """The base URL of a server on 127.0.0.1 serving ``db``; the process is terminated (then killed) after."""
    port = free_port()
    argv = ["serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), *args]
    code = "import sys; from eventcoder.cli import main; main(sys.argv[1:])"
    proc = subprocess.Popen([sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                raise RuntimeError(f"eventcoder serve exited with {proc.returncode}: {out}")
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"eventcoder serve did not answer on {base} within {timeout:.0f} s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
