"""prlocalize.translate.engine
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What every machine-translation backend shares, so that each adapter only says how
to make one request and how to read its client's errors: the cache lookup, the
character budget, the bounded thread pool, retries, and keeping what was answered
when a request finally fails.

A request that still fails after its retries is the service's failure (the run stops)
unless the service answers the next request: then it was that text's (an engine that
breaks on one sentence answers 500 to it every time), and the text is rejected with the
reason while the run goes on. Two failures with no answer between stop the run.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from prlocalize.errors import BackendError
from prlocalize.translate.base import Candidate, Interrupted
from prlocalize.translate.cache import MtCache
from prlocalize.translate.masking import Slot
from prlocalize.translate.policy import Budget, Failure, RetryPolicy, Stopped

T = TypeVar("T")


@dataclass
class MtOptions:
    """Run-wide settings every machine backend receives."""

    url: str | None = None  # self-hosted or test server
    workers: int = 4
    cache: MtCache | None = None
    budget: Budget = field(default_factory=Budget)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = 30.0
    local: bool = False  # url is on this machine or a trusted host: a key may be optional


class MalformedAnswer(Exception):
    """The service answered, but not in the shape its API promises (invalid JSON, a
    list where an object belongs, fewer translations than texts): a proxy's error page,
    a wrong ``--backend-url`` or a broken server. Never retried: it would answer the same."""


# what a client library raises while reading an answer of the wrong shape
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError)


def public_url(url: str) -> str:
    """``url`` without user name, password, query or fragment: what may be stored (the
    cache key) or shown. The full URL is used only for the requests themselves."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def masked_url(url: str) -> str:
    """``url`` with the password in it (if any) shown as ``***``: for ``prlocalize config``."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.partition(":")[0]
    return urlunsplit((parts.scheme, f"{user}:***@{host}", parts.path, parts.query, ""))


def is_local_url(url: str | None, trusted_hosts: Sequence[str] = ()) -> bool:
    """Whether ``url`` points at this machine (loopback) or at a host the project trusts
    (``trusted-hosts``: a self-hosted LibreTranslate or model server on its own network)."""
    import ipaddress
    from urllib.parse import urlsplit

    if not url:
        return False
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return False
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if host in {h.lower().rstrip(".") for h in trusted_hosts}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_secrets(url: str | None) -> list[str]:
    """The credentials written into ``url`` (``https://user:pw@host/``), to be redacted."""
    if not url:
        return []
    from urllib.parse import unquote, urlsplit

    userinfo = urlsplit(url).netloc.rpartition("@")[0]
    if not userinfo:
        return []
    password = userinfo.partition(":")[2]
    found = [userinfo]
    for value in (password, unquote(password)):
        if len(value) >= 4:  # a shorter one would blank out ordinary words
            found.append(value)
    return found


def require_key(backend: str, variable: str) -> str:
    """The API key from the environment, or a BackendError that names the variable."""
    value = os.environ.get(variable, "").strip()
    if not value:
        raise BackendError(
            backend, f"no API key: set the environment variable {variable}", retryable=False
        )
    return value


class MachineBackend:
    """Base of the MT adapters. Subclasses implement ``_request`` and ``_classify``."""

    name = "mt"
    batch_size = 1  # texts per request

    def __init__(self, options: MtOptions | None = None) -> None:
        self.options = options or MtOptions()
        # redacted from every message we produce (subclasses add their keys)
        self._secrets: list[str] = url_secrets(self.options.url)
        self._answered = False  # the service has answered a request in this run
        self._failing = False  # the last request failed and none has been answered since
        # texts the service answered with nothing readable for them, and why
        self._refused: dict[str, str] = {}

    @property
    def cache_id(self) -> str:
        # stored in the cache table: the server's address, never credentials in its URL
        return f"{self.name}@{public_url(self.options.url)}" if self.options.url else self.name

    def _request(
        self, texts: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[str | None]:
        raise NotImplementedError

    def _classify(self, exc: Exception) -> Failure | None:
        raise NotImplementedError

    def _prepare(self, source: str, target: str) -> None:
        """Set-up a backend needs once per language pair before requests (default: none)."""

    def language(self, locale: str, *, role: str) -> str:
        from prlocalize.translate.base import language_of

        return language_of(locale)

    def refuse(self, text: str, why: str) -> None:
        """Record that the service's answer held no usable translation of ``text``: the
        text is then rejected with ``why``, not left untranslated without a word."""
        self._refused[text] = self.redact(why)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        *,
        slots: Sequence[tuple[Slot, ...]] | None = None,
    ) -> list[Candidate | None]:
        if not texts:
            return []
        src, tgt = self.language(source, role="source"), self.language(target, role="target")
        opts = self.options
        answers: dict[str, str | None] = {}
        if opts.cache is not None:
            answers.update(opts.cache.get_many(self.cache_id, src, tgt, texts))
        slot_of = {t: (slots[i] if slots else ()) for i, t in enumerate(texts)}
        todo = [t for t in dict.fromkeys(texts) if t not in answers and t.strip()]
        chunks = [todo[i : i + self.batch_size] for i in range(0, len(todo), self.batch_size)]
        error: BackendError | None = None
        failed: dict[str, str] = {}  # text → why the service gave no answer for it alone
        if chunks:
            try:
                opts.retry.call(self.name, lambda: self._prepare(src, tgt), self._redacted)
            except BackendError as exc:
                raise Interrupted(exc, self._candidates(texts, answers)) from None
        pool = _DaemonPool(max(1, min(opts.workers, len(chunks))))
        try:
            futures: dict[Future[list[str | None]], list[str]] = {}
            for chunk in chunks:
                size = sum(len(t) for t in chunk)
                if not opts.budget.take(size):
                    continue  # stop before overspending; later, smaller chunks may still fit
                future = pool.submit(self._send, chunk, src, tgt, [slot_of[t] for t in chunk])
                futures[future] = chunk
            pending = set(futures)
            sent = {future: n for n, future in enumerate(futures)}
            suspects: dict[str, BackendError] = {}  # failed texts, till the service answers
            failed_at = -1  # the last failed request, in the order they were sent
            while pending:
                done, pending = wait(pending, return_when=FIRST_EXCEPTION)
                for future in sorted(done, key=sent.__getitem__):
                    chunk = futures[future]
                    try:
                        results = future.result()
                    except BackendError as exc:
                        opts.budget.give_back(sum(len(t) for t in chunk))
                        if error is None and self._text_failure(exc):
                            suspects.update((t, exc) for t in chunk)
                            failed_at = sent[future]
                            continue
                        error = error or exc
                        for other in pending:
                            if other.cancel():  # never sent: its characters are not spent
                                opts.budget.give_back(sum(len(t) for t in futures[other]))
                        continue
                    answers.update(zip(chunk, results, strict=True))
                    self._answered = True
                    if sent[future] > failed_at:  # sent after the failure: the service works
                        self._failing = False
                        failed.update((t, e.message) for t, e in suspects.items())
                        suspects.clear()
                if error is not None:
                    pending = {f for f in pending if not f.cancelled()}
            if error is None and suspects and not self._answered:
                error = next(iter(suspects.values()))  # it has never answered: not the text
            if error is None:
                failed.update((t, e.message) for t, e in suspects.items())  # next call tells
        except BaseException:  # Ctrl-C: send nothing more, do not wait for requests in flight
            opts.retry.stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        out = self._candidates(texts, answers, failed)
        if error is not None:
            raise Interrupted(error, out)
        return out

    def _text_failure(self, exc: BackendError) -> bool:
        """Whether a request's failure may be its text's: the first since the service
        last answered, and not an interrupt. A second in a row is the service's."""
        if isinstance(exc, Stopped) or self._failing:
            return False
        self._failing = True
        return True

    def _candidates(
        self,
        texts: Sequence[str],
        answers: dict[str, str | None],
        failed: dict[str, str] | None = None,
    ) -> list[Candidate | None]:
        out: list[Candidate | None] = []
        for text in texts:
            if answer := answers.get(text):
                out.append(Candidate(answer, self.name, needs_review=True))
            elif failed and text in failed:
                why = f"the service failed on this text ({failed[text]}) and answered others"
                out.append(Candidate("", self.name, needs_review=True, rejected=why))
            elif text in self._refused:
                why = self._refused[text]
                out.append(Candidate("", self.name, needs_review=True, rejected=why))
            else:
                out.append(None)
        return out

    def _redacted(self, exc: Exception) -> Failure | None:
        if isinstance(exc, MalformedAnswer):
            failure: Failure | None = Failure(False, f"malformed answer from the service: {exc}")
        else:
            failure = self._classify(exc)
        if failure is None:
            return None
        return Failure(failure.retryable, self.redact(failure.message), failure.retry_after)

    def _send(
        self, chunk: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[str | None]:
        def call() -> list[str | None]:
            results = self._request(chunk, source, target, slots)
            if not isinstance(results, list) or len(results) != len(chunk):
                count = len(results) if isinstance(results, list) else 0
                raise MalformedAnswer(f"{count} translation(s) for {len(chunk)} text(s)")
            return [r if isinstance(r, str) and r.strip() else None for r in results]

        results = self.options.retry.call(self.name, call, self._redacted)
        if self.options.cache is not None:
            for text, answer in zip(chunk, results, strict=True):
                if answer:
                    self.options.cache.put(self.cache_id, source, target, text, answer)
        return results


class _DaemonPool:
    """A bounded pool of daemon worker threads.

    ``ThreadPoolExecutor`` joins its threads when the interpreter exits, so after Ctrl-C
    a request waiting on a server that never answers held the process until its timeout,
    and its retries sent more requests. These threads never hold the exit; together with
    ``RetryPolicy.stop`` nothing is sent after the interrupt.
    """

    def __init__(self, workers: int) -> None:
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None]
        self._queue = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"prlocalize-mt-{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, func: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._queue.put((future, lambda: func(*args)))
        return future

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            future, call = item
            if not future.set_running_or_notify_cancel():
                continue  # cancelled before it started: never sent
            try:
                result = call()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

    def shutdown(self, *, wait: bool = True, cancel_futures: bool = False) -> None:
        if cancel_futures:
            with contextlib.suppress(queue.Empty):
                while (item := self._queue.get_nowait()) is not None:
                    item[0].cancel()
        for _ in self._threads:
            self._queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()
