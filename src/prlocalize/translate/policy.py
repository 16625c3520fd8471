"""prlocalize.translate.policy
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

How machine translation spends time and money: retries with exponential backoff
and full jitter on timeouts, 429 and 5xx (honouring Retry-After when the client
exposes it), and a per-run character budget that refuses a request rather than
overspend.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from prlocalize.errors import BackendError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Failure:
    """How a backend classifies an exception from its client."""

    retryable: bool
    message: str
    retry_after: float | None = None  # seconds, from the server's Retry-After


class Stopped(BackendError):
    """The run was interrupted (Ctrl-C) or has failed: no request is sent any more."""

    def __init__(self, backend: str) -> None:
        super().__init__(backend, "stopped: the run was interrupted", retryable=False)


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 120.0
    sleep: Callable[[float], None] | None = None  # None: wait on ``stop``, so Ctrl-C cuts it short
    rng: random.Random = field(default_factory=random.Random)
    # set on Ctrl-C: workers send no further request and a backoff wait ends at once
    stop: threading.Event = field(default_factory=threading.Event)

    def delay(self, attempt: int, failure: Failure) -> float:
        if failure.retry_after is not None:
            return min(max(failure.retry_after, 0.0), self.max_retry_after)
        # "full jitter": uniform in [0, base * 2^attempt], capped
        return self.rng.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))

    def call(
        self, backend: str, func: Callable[[], T], classify: Callable[[Exception], Failure | None]
    ) -> T:
        """Run ``func``; retry what ``classify`` says is retryable; raise BackendError otherwise."""
        for attempt in range(self.attempts):
            if self.stop.is_set():
                raise Stopped(backend)
            try:
                return func()
            except Exception as exc:
                failure = classify(exc)
                if failure is None:
                    raise
                if not failure.retryable or attempt == self.attempts - 1:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise BackendError(
                        backend, f"{failure.message}{tries}", retryable=failure.retryable
                    ) from None
                if self.sleep is not None:
                    self.sleep(self.delay(attempt, failure))
                else:
                    self.stop.wait(self.delay(attempt, failure))
        raise AssertionError("unreachable")


class Budget:
    """A thread-safe character allowance for one run (None = unlimited)."""

    def __init__(self, max_chars: int | None = None) -> None:
        self.max_chars = max_chars
        self.spent = 0
        self.refused = 0  # texts not sent because they would overspend
        self._lock = threading.Lock()

    def take(self, chars: int) -> bool:
        with self._lock:
            if self.max_chars is not None and self.spent + chars > self.max_chars:
                self.refused += 1
                return False
            self.spent += chars
            return True

    def give_back(self, chars: int) -> None:
        """Return characters reserved for a request that was never answered."""
        with self._lock:
            self.spent -= chars

    @property
    def exhausted(self) -> bool:
        return self.refused > 0
