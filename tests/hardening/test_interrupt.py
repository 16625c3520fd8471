"""Ctrl-C (SIGINT) ends machine translation within about a second with exit 130, even
against a server that never answers: no request is sent after the interrupt, backoff
waits end at once, and the catalog on disk is whole."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import read_catalog
from prlocalize.errors import BackendError
from prlocalize.translate.policy import Failure, RetryPolicy

RELEASE = "".join(f"Sentence number {i} of the release.\n\n" for i in range(1, 13))


class SilentServer:
    """Accepts connections on 127.0.0.1, reads what comes, never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.connections: list[float] = []  # monotonic arrival time of each
        self._held: list[socket.socket] = []
        self._closed = False
        self.thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/"

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(time.monotonic())
            self._held.append(conn)  # kept open, never answered

    def __enter__(self) -> SilentServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closed = True
        self.sock.close()
        for conn in self._held:
            conn.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    with SilentServer() as server:
        yield server


@pytest.fixture
def project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    return tmp_path


def test_ctrl_c_stops_translation_against_a_server_that_never_answers(
    project: Path, silent: SilentServer
) -> None:
    po = project / "locales" / "ja" / "LC_MESSAGES" / "r.po"
    before = po.read_bytes()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "prlocalize", "translate", "-d", "locales", "-l", "ja",
         "--backend", "libre", "--backend-url", silent.url, "--workers", "3"],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while len(silent.connections) < 3:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "translate never reached the server"
        time.sleep(0.02)
    time.sleep(0.2)
    interrupted = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    elapsed = time.monotonic() - interrupted
    time.sleep(0.5)  # a retry sent late would arrive by now
    assert proc.returncode == 130, err
    # one second on an idle machine; on a loaded one, plus what starting Python costs there
    # (before the fix: the 30 s request timeout, then retries)
    allowed = 1.0 + 2 * _python_start()
    assert elapsed < allowed, f"took {elapsed:.1f} s to stop (allowed {allowed:.1f} s)"
    assert "Traceback" not in err
    assert [t for t in silent.connections if t > interrupted] == []
    assert po.read_bytes() == before  # nothing was answered: the catalog is as it was
    read_catalog(po, "ja")
    assert not [p for p in po.parent.iterdir() if p.name.endswith(".tmp")]
    assert not (project / "locales" / ".prlocalize.lock").exists()


def _python_start() -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.monotonic() - started


def test_the_backoff_wait_ends_when_the_run_is_stopped() -> None:
    policy = RetryPolicy(attempts=5, base_delay=30, max_delay=30)
    calls: list[float] = []

    def never_works() -> None:
        calls.append(time.monotonic())
        raise TimeoutError

    def classify(exc: Exception) -> Failure:
        return Failure(True, "timeout", retry_after=30)

    threading.Timer(0.2, policy.stop.set).start()
    started = time.monotonic()
    with pytest.raises(BackendError, match="interrupted"):
        policy.call("libre", never_works, classify)
    assert time.monotonic() - started < 5
    assert len(calls) == 1  # no further request once stopped
