"""prlocalize.glossary.problems
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a reader makes of one glossary file (:class:`ParsedFile`) and what is wrong
with it, with its place (:class:`Problem`). The readers report structural
problems (they block loading); ``lint`` adds content checks, some of which are
only warnings (they never block loading).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from prlocalize.errors import InputError, InputErrors
from prlocalize.glossary.model import Entry


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # what the reader inferred; never blocks anything


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int | None
    code: str  # e.g. "unknown-kind"
    message: str
    level: Level = Level.ERROR
    column: str | None = None  # the CSV column (or TBX element) concerned

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["level"] = str(self.level)
        return data

    def to_input_error(self) -> InputError:
        where = f"column {self.column!r}: " if self.column else ""
        return InputError(self.path, self.line, f"{where}{self.message} [{self.code}]")

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, self.line or 0, self.code)


@dataclass(frozen=True, slots=True)
class Row:
    """One CSV record as written (cells unstripped), with the line it starts on."""

    line: int
    cells: dict[str, str]


@dataclass
class ParsedFile:
    path: str
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)  # CSV only: the raw cells, for lint


def read_glossary_bytes(path: str | Path) -> bytes | ParsedFile:
    """The file's bytes, or a ParsedFile holding the problem that it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        return ParsedFile(str(path), problems=[Problem(str(path), None, "unreadable", str(exc))])


def raise_blocking(problems: Iterable[Problem]) -> None:
    """Raise InputErrors listing every error (sorted by file and line); warnings pass."""
    errors = sorted((p for p in problems if p.level is Level.ERROR), key=Problem.sort_key)
    if errors:
        raise InputErrors([p.to_input_error() for p in errors])
