"""prlocalize.fsutil
~~~~~~~~~~~~~~~~~

The one place that writes files (atomically) and expands release folders.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from prlocalize.errors import InputError

RELEASE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def atomic_write(
    path: str | Path, data: str | bytes, *, encoding: str = "utf-8", durable: bool = True
) -> bool:
    """Write ``data`` to ``path`` through a temp file in the same folder and ``os.replace``.

    A crash or Ctrl-C leaves either the old file or the new one, never half of one.
    Returns False (and touches nothing) when the file already holds exactly ``data``,
    so that re-running a command with nothing changed rewrites nothing.
    ``durable=False`` skips the fsync: for derived files (published pages) that the
    next run rebuilds, where waiting on the disk for each one would dominate.
    """
    path = Path(path)
    raw = data.encode(encoding) if isinstance(data, str) else data
    try:
        if path.read_bytes() == raw:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return True


def iter_release_files(
    paths: Iterable[str | Path], suffixes: tuple[str, ...] = RELEASE_SUFFIXES
) -> Iterator[Path]:
    """Yield every release file named or found below the given paths, sorted per folder.

    A missing path is an input error; hidden folders and virtual environments are skipped.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                rel = found.relative_to(path).parts
                if any(p.startswith(".") or p in {"node_modules", "__pycache__"} for p in rel):
                    continue
                if found.is_file() and found.suffix.lower() in suffixes:
                    yield found
        elif path.is_file():
            yield path
        else:
            raise InputError(path, None, "no such file or folder", "check the path")
