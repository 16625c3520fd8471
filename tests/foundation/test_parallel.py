"""The one worker pool: order, errors that cross back whole, nothing pickled but items."""

from __future__ import annotations

import os
import pickle

import pytest

from prlocalize import parallel
from prlocalize.errors import (
    ConfigError,
    InputError,
    InputErrors,
    UnreadableFile,
    UsageError,
    WriteError,
)

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this system")


@pytest.mark.parametrize(
    "error",
    [
        InputError("a.txt", 3, "bad byte", "save it as UTF-8"),
        UnreadableFile("b.html", None, "binary"),
        InputErrors([InputError("c.csv", 1, "no header")]),
        ConfigError("pyproject.toml", "select", "unknown code", line=7, hint="PR201?"),
        UsageError("no release files found"),
        WriteError("out/x.html", "disk full", "free some space"),
    ],
)
def test_errors_pickle_whole(error: Exception) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert {k: v for k, v in vars(back).items() if k != "errors"} == {
        k: v for k, v in vars(error).items() if k != "errors"
    }


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_in_the_order_of_the_items(workers: int) -> None:
    seen = list(parallel.ordered_map(lambda n: n * n, list(range(300)), workers))
    assert seen == [n * n for n in range(300)]


@needs_fork
def test_the_task_runs_in_other_processes_and_may_be_a_closure() -> None:
    parent = os.getpid()
    offset = 1000  # a closure over local state: never pickled, inherited by forking
    pids = list(parallel.ordered_map(lambda n: (os.getpid(), n + offset), list(range(64)), 2))
    assert [n for _, n in pids] == [n + offset for n in range(64)]
    assert parent not in {pid for pid, _ in pids}


@pytest.mark.parametrize("workers", [1, 2])
def test_an_error_is_raised_in_order_with_its_fields(workers: int) -> None:
    def task(n: int) -> int:
        if n == 40:
            raise InputError(f"r{n}.txt", 12, "not UTF-8", "save it as UTF-8")
        return n

    got: list[int] = []
    with pytest.raises(InputError) as raised:
        for result in parallel.ordered_map(task, list(range(100)), workers):
            assert isinstance(result, int)
            got.append(result)
    assert got == list(range(40))
    assert (raised.value.path, raised.value.line, raised.value.hint) == (
        "r40.txt",
        12,
        "save it as UTF-8",
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_caught_errors_come_back_as_results(workers: int) -> None:
    def task(n: int) -> int:
        if n % 10 == 3:
            raise UnreadableFile(f"r{n}.txt", None, "binary")
        return n

    results = list(parallel.ordered_map(task, list(range(50)), workers, catch=(UnreadableFile,)))
    assert [r.path for r in results if isinstance(r, UnreadableFile)] == [
        f"r{n}.txt" for n in range(50) if n % 10 == 3
    ]
    assert [r for r in results if isinstance(r, int)] == [n for n in range(50) if n % 10 != 3]


@needs_fork
def test_a_task_asking_for_workers_runs_them_in_its_own_process() -> None:
    def inner(n: int) -> int:
        return sum(parallel.ordered_map(lambda m: m, list(range(n)), 2))

    assert list(parallel.ordered_map(inner, [10, 20, 30], 2)) == [45, 190, 435]


def test_worker_count() -> None:
    assert parallel.worker_count(0, None) == 1
    assert parallel.worker_count(10, None) == 1  # too few to repay the workers' start
    assert parallel.worker_count(10, 4) == (4 if parallel.can_fork() else 1)
    assert parallel.worker_count(3, 8) == (3 if parallel.can_fork() else 1)
    assert 1 <= parallel.worker_count(10_000, None) <= parallel.MAX_WORKERS


@needs_fork
def test_workers_run_ahead_of_a_slow_caller_by_a_bounded_window_only() -> None:
    import multiprocessing
    import time

    started = multiprocessing.get_context("fork").Value("i", 0)

    def task(n: int) -> int:
        with started.get_lock():
            started.value += 1
        return n

    items = list(range(4000))
    workers = 2
    results = parallel.ordered_map(task, items, workers)
    assert next(results) == 0
    time.sleep(1.0)  # the caller is busy (a reporter, a slow disk): workers must wait
    ahead = parallel.WINDOW * workers * parallel.chunk_size(len(items), workers)
    assert started.value <= ahead + parallel.chunk_size(len(items), workers)
    assert started.value < len(items) // 4
    assert list(results) == items[1:]  # and then everything, in order


@needs_fork
def test_stopping_early_never_hangs() -> None:
    """An error stops the work while the workers are still sending large results back:
    ``multiprocessing.Pool.terminate()`` could hang here for ever (CPython issue 96995),
    on the first or second try with results of this size."""
    import subprocess
    import sys

    script = """if 1:
        from prlocalize import parallel
        from prlocalize.errors import InputError

        def task(n):
            if n == 150:
                raise InputError("r150.txt", 1, "not UTF-8")
            return "x" * 20000

        for _ in range(20):
            try:
                for _result in parallel.ordered_map(task, list(range(2000)), 3):
                    pass
            except InputError:
                pass
            else:
                raise SystemExit("the error did not stop the work")
        print("stopped every time")
    """
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped every time"


@needs_fork
def test_a_worker_that_dies_is_an_error_not_a_hang() -> None:
    import signal

    def task(n: int) -> int:
        if n == 70:
            os.kill(os.getpid(), signal.SIGKILL)  # the OOM killer
        return n

    got: list[int] = []
    with pytest.raises(parallel.PrlocalizeError, match=r"killed by signal 9.*--jobs 1"):
        for result in parallel.ordered_map(task, list(range(200)), 2):
            got.append(result)
    assert got == list(range(len(got))) and len(got) < 70


@needs_fork
def test_a_result_that_cannot_cross_back_is_an_error_in_its_place() -> None:
    import threading

    def task(n: int) -> object:
        return threading.Lock() if n == 30 else n  # a lock does not pickle

    got: list[object] = []
    with pytest.raises(parallel.PrlocalizeError, match="could not be sent back"):
        for result in parallel.ordered_map(task, list(range(100)), 2):
            got.append(result)
    assert got == list(range(len(got))) and len(got) <= 30
