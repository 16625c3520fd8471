"""prlocalize.parallel
~~~~~~~~~~~~~~~~~~~

The one worker pool of every command that works release by release or catalog by
catalog (``check``, ``extract``, ``update``, ``compile``, ``build``).

Workers are *forked*: they inherit what the parent loaded (the glossary, its matcher,
the settings) instead of receiving it pickled, and the task function itself is never
pickled either, so it may be a closure. Only the items and the results cross between
processes, so both should be small (paths in, summaries out): a worker writes its own
output and returns what the parent reports.

Results come back **in the order of the items**, whatever the number of workers, so a
command's output is the same with ``--jobs 1`` and ``--jobs 8``. Where ``fork`` is not
available, or one worker is asked for, the items are worked through in this process,
lazily, one at a time.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from prlocalize.errors import PrlocalizeError

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 64  # items; below this, starting workers costs more than it saves
MAX_WORKERS = 8  # beyond this the parent (reading results, reporting) is the bottleneck
WINDOW = 4  # chunks handed out ahead per worker: enough to keep each busy, no more

# The task a forked worker runs: set in the parent just before the pool forks.
_TASK: Callable[[Any], Any] | None = None
_CAUGHT: tuple[type[BaseException], ...] = ()


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def worker_count(items: int, jobs: int | None, *, parallel_from: int = PARALLEL_FROM) -> int:
    """How many workers to use for ``items`` tasks: ``jobs`` when given (``--jobs``),
    otherwise one per CPU (at most :data:`MAX_WORKERS`) once there are enough items to
    repay the start of the workers, and never more workers than items."""
    if not can_fork() or items <= 1:
        return 1
    if jobs is not None:
        return max(1, min(jobs, items))
    if items < parallel_from:
        return 1
    return max(1, min(_cpus(), MAX_WORKERS, items))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may use (containers, taskset)
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def chunk_size(items: int, workers: int) -> int:
    """Items per task: at least four tasks a worker (for balance), at most 32 items each
    (every task is a round trip through the pool's queues and result thread)."""
    return max(1, min(32, items // (workers * 4)))


class _Raised:
    """An exception of a type the caller asked to receive as a result, as it crossed back."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


def ordered_map(
    task: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    *,
    catch: tuple[type[BaseException], ...] = (),
) -> Generator[R | BaseException, None, None]:
    """``task(item)`` for every item, yielded in the order of ``items``.

    An exception of a type in ``catch`` is yielded in place of that item's result (so a
    caller can report one unreadable release and go on); any other error that ``task``
    raises is raised here, in order, as the same exception (path, line and hint kept),
    and the remaining work is stopped. With ``workers`` ≤ 1 everything runs here, lazily.
    """
    if workers <= 1 or len(items) <= 1 or not can_fork():
        yield from _serial(task, items, catch)
        return
    yield from _forked(task, items, workers, catch)


def _serial(
    task: Callable[[T], R], items: Iterable[T], catch: tuple[type[BaseException], ...]
) -> Iterator[R | BaseException]:
    for item in items:
        try:
            result: R | BaseException = task(item)
        except catch as exc:
            result = exc
        yield result


def _forked(
    task: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    catch: tuple[type[BaseException], ...],
) -> Iterator[R | BaseException]:
    global _TASK, _CAUGHT
    if _TASK is not None:  # a task inside a task (a worker asked for workers): run here
        yield from _serial(task, items, catch)
        return
    _TASK, _CAUGHT = task, catch
    # What the parent loaded is read-only from here on: frozen out of the collector's
    # sight, the workers neither scan it again and again nor copy its pages by touching it.
    gc.freeze()
    crew: list[_Worker] = []
    finished = False
    try:
        context = multiprocessing.get_context("fork")
        for _ in range(workers):  # one by one: those started are stopped if one fails
            crew.append(_Worker(context))
        yield from _dispatch(crew, items, chunk_size(len(items), workers), catch)
        finished = True
    finally:
        for worker in crew:
            worker.stop(finished)
        _TASK, _CAUGHT = None, ()
        gc.unfreeze()


def _dispatch(
    crew: list[_Worker], items: Sequence[Any], size: int, catch: tuple[type[BaseException], ...]
) -> Iterator[Any]:
    """Hand out chunks to idle workers, one chunk each at a time, and yield their results in
    the order of the chunks. At most WINDOW chunks a worker are out (started or finished
    but not yet yielded) ahead of the one the caller waits for: when the caller is the
    slower side (a reporter, a full disk), finished results do not pile up in its memory;
    they wait, unstarted, as items."""
    from multiprocessing.connection import wait

    chunks = (len(items) + size - 1) // size
    ahead = WINDOW * len(crew)
    idle = list(reversed(crew))
    busy: dict[Any, tuple[_Worker, int]] = {}
    done: dict[int, list[Any]] = {}
    sent = wanted = 0
    while wanted < chunks:
        while idle and sent < chunks and sent - wanted < ahead:
            worker = idle.pop()
            worker.send(items[sent * size : (sent + 1) * size])
            busy[worker.connection] = (worker, sent)
            sent += 1
        if wanted in done:
            yield from _outcomes(done.pop(wanted), catch)
            wanted += 1
            continue
        for connection in wait(list(busy)):
            worker, chunk = busy.pop(connection)
            done[chunk] = worker.receive()
            idle.append(worker)


class _Worker:
    """One forked worker and the pipe only it and the parent use.

    Not ``multiprocessing.Pool``: its workers share one queue each way, guarded by locks
    across processes, and ``Pool.terminate()`` kills workers while its task thread may
    still wait on a lock a killed worker held: the parent then hangs for ever (CPython
    issue 96995, still open; it hung a test here once in some twenty runs). A pipe of
    its own per worker, and no helper threads, leave nothing to deadlock on: stopping is
    killing, and a worker that dies (the OOM killer) is an error, not a hang."""

    __slots__ = ("connection", "process")

    def __init__(self, context: Any) -> None:
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,), daemon=True)
        self.process.start()
        theirs.close()  # theirs now lives in the worker only: its death reads as EOF here

    def send(self, chunk: Sequence[Any]) -> None:
        self.connection.send(chunk)

    def receive(self) -> list[Any]:
        try:
            result: list[Any] = self.connection.recv()
        except EOFError:
            self.process.join(1)
            code = self.process.exitcode
            how = f"was killed by signal {-code}" if code and code < 0 else f"exited ({code})"
            raise PrlocalizeError(
                f"a worker process {how} before it finished its releases (out of memory?); "
                "run again with fewer workers (--jobs 1) to find the release that stops it"
            ) from None
        return result

    def stop(self, finished: bool) -> None:
        if finished:  # idle, waiting for work: told there is none, it ends by itself
            with contextlib.suppress(OSError):
                self.connection.send(None)
            self.process.join(5)
        if self.process.exitcode is None:  # stopped early (an error, Ctrl-C): killed
            self.process.kill()
            self.process.join()
        self.connection.close()
        self.process.close()


def _serve(connection: Any) -> None:
    """A worker's life: chunks in, their outcomes out, until told to stop (``None``) or
    the parent is gone (EOF)."""
    _ignore_ctrl_c()
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        outcomes = _run_chunk(chunk)
        try:
            connection.send(outcomes)
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as exc:  # an outcome that does not pickle: say so, in order
            error = PrlocalizeError(f"a worker's result could not be sent back: {exc!r}")
            connection.send([_Raised(error)] * len(outcomes))


def _outcomes(
    outcomes: list[Any], catch: tuple[type[BaseException], ...]
) -> Iterator[Any | BaseException]:
    for outcome in outcomes:
        if isinstance(outcome, _Raised):
            if isinstance(outcome.error, catch):
                yield outcome.error
                continue
            raise outcome.error
        yield outcome


def _run_chunk(chunk: Sequence[Any]) -> list[Any]:
    """A worker's task: :func:`_run_task` on each item of a chunk, in order."""
    return [_run_task(item) for item in chunk]


def _ignore_ctrl_c() -> None:
    """Ctrl-C reaches every process of the terminal's group: in a worker it would print a
    traceback of its own. Only the parent takes it (exit 130); leaving the pool then
    kills the workers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_task(item: Any) -> Any:
    """What a worker does with one item: the task's result, or the error it raised,
    carried back as a value (a raised exception would stop the pool's whole chunk)."""
    assert _TASK is not None
    try:
        return _TASK(item)
    except PrlocalizeError as exc:  # pickles whole (see errors.PrlocalizeError.__reduce__)
        return _Raised(exc)
    except _CAUGHT as exc:
        return _Raised(exc)
