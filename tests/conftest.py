"""Fixtures shared by every test module."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

# Examples are derandomised (the same inputs on every run) and have no time limit: a
# deadline measures the machine's load, not the code, and made busy CI runs flaky.
settings.register_profile("prlocalize", derandomize=True, deadline=None)
settings.load_profile("prlocalize")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = SHARED / "seed"
EXAMPLES = REPO / "examples"
GLOSSARIES = REPO / "glossaries"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A check cache of this test's own (the session's is shared by every test)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PRLOCALIZE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def _pinned_environment(tmp_path_factory: pytest.TempPathFactory) -> None:
    # deterministic terminal output and no stray configuration from the developer's machine
    os.environ["NO_COLOR"] = "1"
    # the check cache of the test session: never in the repository or the developer's own
    os.environ["PRLOCALIZE_CACHE_DIR"] = str(tmp_path_factory.mktemp("check-cache"))
    os.environ.pop("PRLOCALIZE_NO_CACHE", None)
    os.environ["COLUMNS"] = "100"
    os.environ["LINES"] = "24"
    for key in list(os.environ):
        if key.startswith("PRLOCALIZE_") and key.endswith("_API_KEY"):
            del os.environ[key]
    # A suite started in the background by a shell without job control (`make test &`, many
    # CI scripts) has SIGINT ignored, and every command it starts inherits that: the Ctrl-C
    # tests would interrupt nothing. Handled here, SIGINT is back to default in a child.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _no_pairs_remembered_from_another_test() -> None:
    # build's gate remembers the pairs PR404 found clean, a process long (see
    # NumberMismatch.check): a test that counts what the checks read starts with none
    from prlocalize.rules import translation

    translation._CLEAN_PAIRS.clear()


def in_ci() -> bool:
    """True on a CI runner (GitHub Actions, GitLab and most others set ``CI=true``)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def require_shared(path: Path, what: str) -> Path:
    """``path`` below ../shared, or skip the test when this checkout has no ../shared.

    A public clone has no ../shared (the real release is not published with the code), so
    the tests that need it skip there with the reason. On CI (``CI=true``) they fail
    instead: the CI machine has ../shared, and a skip there would hide a broken checkout.
    """
    if path.exists():
        return path
    message = f"{what} missing: expected {path} (../shared beside the repository)"
    if in_ci():
        pytest.fail(f"{message}; CI=true, so this is an error, not a skip")
    pytest.skip(f"{message}; skipped outside CI")


@pytest.fixture(scope="session")
def shared_file() -> Callable[[Path, str], Path]:
    """:func:`require_shared` for test modules (conftest is not importable by name)."""
    return require_shared


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The real release the project started from (read from ../shared, never copied)."""
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    return require_shared(files[0] if files else SEED_DIR / "*.txt", "seed release")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run the CLI in-process the way the console script does (exit codes included)."""
    from prlocalize.cli import cli

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(
            cli,
            list(args),
            input=input,
            catch_exceptions=False,
            env={"NO_COLOR": "1", "COLUMNS": "100"},
            prog_name="prlocalize",
        )

    return invoke
