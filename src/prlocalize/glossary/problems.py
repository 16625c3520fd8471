"""prlocalize.glossary.problems
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What is wrong with a glossary file, with its place. The readers report
structural problems (they block loading); ``lint`` adds content checks, some of
which are only warnings (they never block loading).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from prlocalize.errors import InputError


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


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
