"""prlocalize.spool
~~~~~~~~~~~~~~~~

A list that keeps its items in a temporary file beyond a few thousand of them.

The catalog stages collect one result and one staged write per catalog, and put the
writes in place only once every input proved sound (see
:func:`prlocalize.catalog.workflow._staged_run`). An archive of 100,000 releases in two
locales makes 200,000 of them: about 200 MB held in memory until the end. A
:class:`Spool` holds at most :data:`CHUNK` of them in memory and pickles the rest to an
anonymous temporary file (removed when the spool goes), so memory stays flat however
large the archive, and a small batch never touches the disk.
"""

from __future__ import annotations

import pickle
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from typing import IO, Generic, TypeVar

from prlocalize.errors import WriteError

T = TypeVar("T")

CHUNK = 1024  # items held in memory before they are written out, and read back at once


class Spool(Generic[T]):
    """Items appended one by one and read back in order, any number of times."""

    def __init__(self, items: Iterable[T] = (), *, chunk: int = CHUNK) -> None:
        self._chunk = max(1, chunk)
        self._tail: list[T] = []  # the items not written out yet
        self._file: IO[bytes] | None = None
        self._end = 0  # where the file's written chunks end
        self._count = 0
        self.extend(items)

    def append(self, item: T) -> None:
        self._tail.append(item)
        self._count += 1
        if len(self._tail) >= self._chunk:
            self._spill()

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def _spill(self) -> None:
        try:
            if self._file is None:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the spool
                weakref.finalize(self, self._file.close)
            self._file.seek(self._end)
            pickle.dump(self._tail, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._file.flush()
        except OSError as exc:  # a full disk: what was written before _end is still sound
            raise WriteError(
                tempfile.gettempdir(),
                f"cannot keep the work done so far in a temporary file: {exc.strerror or exc}",
                "free some space there, or set TMPDIR to a folder with room",
            ) from None
        self._end = self._file.tell()
        self._tail = []

    def __iter__(self) -> Iterator[T]:
        # each chunk is looked for where the last one ended: iterations may interleave
        position = 0
        while self._file is not None and position < self._end:
            self._file.seek(position)
            chunk: list[T] = pickle.load(self._file)  # (our own temp file)
            position = self._file.tell()
            yield from chunk
        yield from list(self._tail)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __repr__(self) -> str:
        return f"<Spool of {self._count} item(s)>"


__all__ = ["CHUNK", "Spool"]
