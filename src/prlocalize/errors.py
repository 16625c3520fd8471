"""prlocalize.errors
~~~~~~~~~~~~~~~~~

One exception tree. Only the CLI turns these into exit code 2 and a
``path:line: message`` line on stderr.
"""

from __future__ import annotations

import re
from pathlib import Path


class PrlocalizeError(Exception):
    """Root of every error prlocalize raises on purpose."""

    def render(self) -> str:
        return str(self)

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from the fields, not from ``args`` (the rendered message, which our
        # constructors do not take): an error raised in a worker process reaches the
        # parent whole, with its path, line and hint.
        return _rebuilt, (type(self), dict(self.__dict__), self.args)


def _rebuilt(
    cls: type[PrlocalizeError], fields: dict[str, object], args: tuple[object, ...]
) -> PrlocalizeError:
    error = cls.__new__(cls)
    error.__dict__.update(fields)
    error.args = args
    return error


class InputError(PrlocalizeError):
    """A file we were given cannot be read as what it claims to be."""

    def __init__(
        self,
        path: str | Path | None,
        line: int | None,
        message: str,
        hint: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        text = f"{where}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class UnreadableFile(InputError):
    """A file that cannot be read as text at all (not UTF-8, binary, too large, I/O): one
    such release is reported and the other releases are still checked."""


class InputErrors(PrlocalizeError):
    """Several input errors reported at once (e.g. every problem of a glossary)."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__(self.render())

    def render(self) -> str:
        return "\n".join(e.render() for e in self.errors)


class ConfigError(PrlocalizeError):
    """A configuration file or value is wrong."""

    def __init__(
        self,
        path: str | Path | None,
        key: str | None,
        message: str,
        *,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.key = key
        self.message = message
        self.line = line
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        where = self.path or "<config>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        if self.key:
            where = f"{where}: {self.key}"
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class ConfigErrors(ConfigError):
    """Every wrong setting of a config file at once, so that one run shows them all (a
    ``ConfigError`` still: the first one's fields, every one's line in the message)."""

    def __init__(self, errors: list[ConfigError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.path, first.key, first.message, line=first.line, hint=first.hint)

    def render(self) -> str:
        return "\n".join(e.render() for e in self.errors)


def raise_config_errors(errors: list[ConfigError]) -> None:
    """Raise the one error, or all of them together; nothing when the list is empty."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ConfigErrors(errors)


class BackendError(PrlocalizeError):
    """A translation backend failed (network, quota, missing key)."""

    def __init__(self, backend: str, message: str, *, retryable: bool = False) -> None:
        self.backend = backend
        self.message = message
        self.retryable = retryable
        super().__init__(f"{backend}: {message}")


class UsageError(PrlocalizeError):
    """The command line asks for something that cannot be done."""


class WriteError(InputError):
    """A file cannot be written (read-only folder, full disk, a file where a folder
    should be, a special file as output, a concurrent change): exit 2, nothing half-written."""

    def __init__(self, path: str | Path | None, message: str, hint: str | None = None) -> None:
        super().__init__(path, None, message, hint)


class ConcurrentChange(WriteError):
    """The file changed on disk between the moment it was read and the moment it was to be
    replaced (a translator's or an editor's save): the caller merges or stops."""


class Busy(WriteError):
    """Another prlocalize holds the lock of the folder this command writes in."""


# C0 controls but tab and newline, DEL and the C1 controls: ESC (or its C1 form CSI,
# U+009B) starts a terminal escape sequence, so text from a release, a catalog, a file
# name or a server that reaches the terminal could move the cursor, retitle the window
# or hide lines; CR overwrites a line. Shown escaped instead, as Python writes them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe for a terminal: every control character but tab and newline escaped
    (``\\x1b``, ``\\r``). Used on everything from outside that we print."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_escape_control, text)


def _escape_control(match: re.Match[str]) -> str:
    return repr(match.group())[1:-1]  # '\x1b', '\r', '\x00', '\x9b'
