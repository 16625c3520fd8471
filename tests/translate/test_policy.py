"""Retries (exponential backoff, full jitter, Retry-After) and the character budget."""

from __future__ import annotations

import random
import threading

import pytest

from prlocalize.errors import BackendError
from prlocalize.translate.policy import Budget, Failure, RetryPolicy


class Flaky:
    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def classify(exc: Exception) -> Failure | None:
    if isinstance(exc, TimeoutError):
        return Failure(True, "timed out")
    if isinstance(exc, PermissionError):
        return Failure(False, "refused")
    if isinstance(exc, ConnectionRefusedError):
        return Failure(True, "busy", retry_after=7.0)
    return None


def test_backoff_grows_with_full_jitter_and_a_cap() -> None:
    sleeps: list[float] = []
    policy = RetryPolicy(attempts=6, base_delay=1, max_delay=5, sleep=sleeps.append)
    policy.rng = random.Random(1)
    assert policy.call("x", Flaky([TimeoutError()] * 5), classify) == "ok"
    caps = [1, 2, 4, 5, 5]
    assert len(sleeps) == 5 and all(0 <= s <= c for s, c in zip(sleeps, caps, strict=True))


def test_retry_after_is_honoured_and_bounded() -> None:
    sleeps: list[float] = []
    policy = RetryPolicy(sleep=sleeps.append, max_retry_after=5)
    assert policy.call("x", Flaky([ConnectionRefusedError()]), classify) == "ok"
    assert sleeps == [5]


def test_non_retryable_fails_at_once_and_unknown_errors_propagate() -> None:
    policy = RetryPolicy(sleep=lambda s: None)
    flaky = Flaky([PermissionError()])
    with pytest.raises(BackendError, match=r"^deepl: refused$"):
        policy.call("deepl", flaky, classify)
    assert flaky.calls == 1
    with pytest.raises(KeyError):
        policy.call("deepl", Flaky([KeyError("bug")]), classify)


def test_gives_up_after_the_last_attempt() -> None:
    flaky = Flaky([TimeoutError()] * 10)
    with pytest.raises(BackendError, match="timed out after 3 attempts") as caught:
        RetryPolicy(attempts=3, sleep=lambda s: None).call("libre", flaky, classify)
    assert caught.value.retryable and flaky.calls == 3


def test_budget_is_shared_safely_between_threads() -> None:
    budget = Budget(max_chars=1000)
    granted: list[bool] = []

    def spend() -> None:
        for _ in range(100):
            granted.append(budget.take(7))

    threads = [threading.Thread(target=spend) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert budget.spent == 7 * sum(granted) == 994
    assert budget.exhausted and budget.refused == 400 - 142
    assert Budget().take(10**9)  # no limit
