"""prlocalize.fsutil
~~~~~~~~~~~~~~~~~

The one place that writes files and expands release folders. Every writer
(catalogs, .mo files, pages, ``check --fix``, the check cache, memory and glossary
exports) goes through :func:`atomic_write`:

* the new content goes to a temp file in the target's folder, then ``os.replace``:
  a crash, a full disk or Ctrl-C leaves the old file or the new one, never half of one;
* a replaced file keeps its mode and (when we may set it) its owner and group; a new
  file gets ``0o666`` minus the umask, as ``open()`` would give it;
* a symbolic link is written *through*: its target is replaced and the link stays, so a
  link to a private (0600) file never becomes a world-readable copy. A dangling link, a
  link to a folder and a special file (FIFO, device, socket) as output are refused;
* the old content is compared in chunks (an unchanged file is not rewritten) and never
  read in full;
* ``expect`` (a :class:`Snapshot` taken when the file was read) makes the write a
  compare-and-swap: a file changed on disk since then raises :class:`ConcurrentChange`;
* every ``OSError`` becomes a :class:`WriteError` that names the file and says what to do.

:func:`folder_lock` is the lock of a folder that one command writes in (a catalog
folder, a release's folder): ``fcntl.flock`` on a ``.prlocalize.lock`` file, which says
which prlocalize holds it and is removed on release.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import hashlib
import os
import stat
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, overload

from prlocalize.errors import Busy, ConcurrentChange, InputError, UsageError, WriteError

RELEASE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


def saved_suffix(name: str, suffixes: tuple[str, ...] = RELEASE_SUFFIXES) -> str:
    """The suffix that says a file's format: its own, or where a page was saved with its
    URL's query string (``index.html?lang=en``, as ``wget`` names it) the one before the
    query."""
    own = os.path.splitext(name)[1].lower()
    if own in suffixes or "?" not in name:
        return own
    return os.path.splitext(name.partition("?")[0])[1].lower()


LOCK_NAME = ".prlocalize.lock"
_CHUNK = 1 << 20
_UMASK_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a file held when it was read: its content digest (None: it did not exist)."""

    digest: str | None

    @classmethod
    def of(cls, path: str | Path) -> Snapshot:
        return cls(content_digest(path))


def bytes_digest(data: bytes) -> str:
    """The digest of ``data``, as :func:`content_digest` gives it for a file holding it."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def content_digest(path: str | Path) -> str | None:
    """The digest of a regular file's content (read in chunks), None when it does not exist."""
    try:
        fd = _open_regular(Path(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _write_error(Path(path), exc) from None
    digest = hashlib.blake2b(digest_size=20)
    with os.fdopen(fd, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_regular(
    path: str | Path, *, limit: int, what: str = "file", follow_symlinks: bool = True
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is an InputError.

    The file is opened without blocking (a FIFO would hang a plain ``open``) and its type
    checked on the open descriptor, so ``/dev/zero`` or a FIFO in its place is refused
    instead of read forever. ``follow_symlinks=False`` refuses a link too (prlocalize's
    own derived files, where a planted link must not make it read elsewhere).
    """
    path = Path(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise InputError(path, None, f"is a folder, not a {what}") from None
    except OSError as exc:
        raise InputError(path, None, f"cannot read {what}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        mode = info.st_mode
        if not stat.S_ISREG(mode):
            raise InputError(
                path, None, f"is {_kind(mode)}, not a regular {what}", "name a regular file"
            )
        # too large as it stands, or grown while read: refused either way. read(n) sets
        # n bytes aside at once, so the file's size is asked for first, not the limit
        # (64 MB set aside to hash a 2 kB release, every release of an archive)
        data = None
        if info.st_size <= limit:
            data = fh.read(info.st_size + 1)
            if len(data) > info.st_size:  # grown since (or /proc's size 0): on to the limit
                data += fh.read(limit + 1 - len(data))
    if data is None or len(data) > limit:
        raise InputError(path, None, f"{what} is larger than {limit} bytes")
    return data


def atomic_write(
    path: str | Path,
    data: str | bytes | list[bytes] | Iterator[bytes],
    *,
    encoding: str = "utf-8",
    durable: bool = True,
    expect: Snapshot | None = None,
    follow_symlinks: bool = True,
) -> bool:
    """Replace ``path`` with ``data`` atomically (see the module's doc for the guarantees).

    Returns False (and touches nothing) when the file already holds exactly ``data``, so
    that re-running a command with nothing changed rewrites nothing. ``durable=False``
    skips the fsyncs: for derived files (published pages) that the next run rebuilds.
    ``follow_symlinks=False`` replaces a link itself (derived data in prlocalize's own
    folders, where a planted link must not redirect the write).
    """
    staged = stage_write(
        path,
        data,
        encoding=encoding,
        durable=durable,
        expect=expect,
        follow_symlinks=follow_symlinks,
    )
    if staged is None:
        return False
    staged.put_in_place()
    return True


@dataclass(frozen=True, slots=True)
class StagedWrite:
    """A file's new content, written to a temp file beside it and not yet in place.

    Streaming commands stage each output as soon as it is ready (in a worker, if need
    be: this record is small and pickles) and put them all in place only once every
    input has proved sound, so a broken release still leaves every output as it was,
    without holding all outputs in memory. :meth:`discard` removes the temp file.
    """

    temp: str
    target: str
    shown: str  # the path as the user named it, for messages
    expect: str | None  # the digest the target must still have (a Snapshot's), if checked
    checked: bool
    durable: bool

    def put_in_place(self) -> None:
        target, shown = Path(self.target), Path(self.shown)
        try:
            if self.checked and content_digest(target) != self.expect:
                raise ConcurrentChange(
                    shown,
                    "changed on disk since prlocalize read it",
                    "its new content is kept; run the command again",
                )
            os.replace(self.temp, target)
        except BaseException as exc:
            self.discard()
            if isinstance(exc, OSError):
                raise _write_error(shown, exc) from None
            raise
        if self.durable:
            folder_written(target.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


def stage_write(
    path: str | Path,
    data: str | bytes | list[bytes] | Iterator[bytes],
    *,
    encoding: str = "utf-8",
    durable: bool = True,
    expect: Snapshot | None = None,
    follow_symlinks: bool = True,
) -> StagedWrite | None:
    """The first half of :func:`atomic_write`: every check, and the new content in a temp
    file with the mode and owner the target will have. None when the file already holds
    exactly ``data`` (nothing to do). ``expect`` is checked now and again when put in place.
    """
    link = Path(path)
    target = _target(link, follow_symlinks)
    current = _lstat(target)
    if current is not None and not stat.S_ISLNK(current.st_mode):
        if stat.S_ISDIR(current.st_mode):
            raise WriteError(link, "is a folder; cannot write a file there", "name a file")
        if not stat.S_ISREG(current.st_mode):
            raise WriteError(
                link,
                f"is {_kind(current.st_mode)}; prlocalize writes only regular files",
                "remove it or choose another output",
            )
    if expect is not None and content_digest(target) != expect.digest:
        raise ConcurrentChange(
            link,
            "changed on disk since prlocalize read it",
            "its new content is kept; run the command again",
        )
    # the regular file being replaced, whose owner and mode the new one keeps
    kept = current if current is not None and stat.S_ISREG(current.st_mode) else None
    # parts made as they are written (an iterator) are read once: the file is compared
    # with them as the temp file is written, and an unchanged one's temp file removed
    once = not isinstance(data, str | bytes | list)
    if kept is not None and not once and same_content(target, _encoded(data, encoding)):
        return None
    make_folder(target.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _write_error(link, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if _written_unchanged(
                fh, _encoded(data, encoding), target if once and kept is not None else None
            ):
                os.unlink(tmp)
                return None
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
            if kept is not None:
                _keep_owner(fh.fileno(), kept)
            os.fchmod(fh.fileno(), (kept.st_mode & 0o7777) if kept is not None else _new_mode())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _write_error(link, exc) from None
        raise
    return StagedWrite(
        temp=tmp,
        target=str(target),
        shown=str(link),
        expect=expect.digest if expect is not None else None,
        checked=expect is not None,
        durable=durable,
    )


def put_all_in_place(writes: Iterable[StagedWrite | None]) -> None:
    """Put ``writes`` in place in their order (None: nothing to write); when one fails,
    the temp files of the rest are removed and the error raised."""
    pending = iter(writes)
    with deferred_folder_syncs():  # each folder once, after its last rename
        for staged in pending:
            if staged is None:
                continue
            try:
                staged.put_in_place()
            except BaseException:
                for rest in pending:
                    if rest is not None:
                        rest.discard()
                raise


class StagedWrites:
    """Outputs staged one by one and put in place together (see :class:`StagedWrite`).

    Used as a context manager: leaving it by an exception (a broken input, Ctrl-C)
    discards every temp file staged so far and no target has changed; :meth:`commit`
    puts them in place in the order they were staged.
    """

    def __init__(self) -> None:
        self._staged: list[StagedWrite] = []

    def add(self, staged: StagedWrite | None) -> bool:
        """Keep ``staged`` for the commit; False when there was nothing to write."""
        if staged is None:
            return False
        self._staged.append(staged)
        return True

    def stage(
        self,
        path: str | Path,
        data: str | bytes | list[bytes] | Iterator[bytes],
        *,
        durable: bool = True,
        expect: Snapshot | None = None,
    ) -> bool:
        """:func:`stage_write` here, kept for the commit; False when nothing changes."""
        return self.add(stage_write(path, data, durable=durable, expect=expect))

    def commit(self) -> None:
        pending, self._staged = self._staged, []
        put_all_in_place(pending)

    def discard(self) -> None:
        pending, self._staged = self._staged, []
        for staged in pending:
            staged.discard()

    def __len__(self) -> int:
        return len(self._staged)

    def __enter__(self) -> StagedWrites:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.discard()  # after commit() nothing is left; after an error, nothing lands


def refuse_overwrite(output: str | Path, inputs: Iterable[str | Path], what: str) -> None:
    """A UsageError when ``output`` is one of ``inputs`` (the same path, a link to it or
    another hard link of it, or a file inside an input folder): writing it would destroy
    what the command reads."""
    out = Path(output)
    real = os.path.realpath(out)
    exists = out.exists()
    for raw in inputs:
        source = Path(raw)
        candidates = sorted(source.rglob("*")) if source.is_dir() else [source]
        for candidate in candidates:
            same = os.path.realpath(candidate) == real
            if not same and exists:
                with contextlib.suppress(OSError):
                    same = os.path.samefile(out, candidate)
            if same:
                raise UsageError(
                    f"{output} is the {what} being read ({candidate}); "
                    "writing it would destroy it: choose another -o"
                )


# -- locks -----------------------------------------------------------------------

_HELD: dict[str, int] = {}  # folder → nesting depth; the lock is per process and re-entrant
_HELD_LOCK = threading.Lock()


@contextlib.contextmanager
def folder_lock(folder: str | Path, command: str) -> Iterator[None]:
    """Hold the lock of ``folder`` (``fcntl.flock`` on ``folder/.prlocalize.lock``).

    Another prlocalize holding it raises :class:`Busy` at once, naming its process and
    command. The lock is re-entrant within a process (``run`` calls update, translate and
    compile under one lock). A folder where no file can be created (read-only) is not
    locked: nothing can be written there, and the writes say so.
    """
    key = os.path.realpath(folder)
    with _HELD_LOCK:
        if key in _HELD:
            _HELD[key] += 1
            nested = True
        else:
            nested = False
    if nested:
        try:
            yield
        finally:
            with _HELD_LOCK:
                _HELD[key] -= 1
        return
    fd = _acquire(Path(key), command)
    with _HELD_LOCK:
        _HELD[key] = 1
    try:
        yield
    finally:
        with _HELD_LOCK:
            del _HELD[key]
        if fd is not None:
            _release(Path(key) / LOCK_NAME, fd)


def _acquire(folder: Path, command: str) -> int | None:
    if sys.platform == "win32":  # pragma: no cover - no flock; the content checks remain
        return None
    import fcntl

    lock_path = folder / LOCK_NAME
    for _ in range(50):
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o666)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
                return None
            raise _write_error(lock_path, exc) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise Busy(
                folder,
                f"another prlocalize{holder} is writing here",
                "wait for it to finish, then run this command again",
            ) from None
        except OSError:
            os.close(fd)
            return None  # a file system without locks: the content checks still protect
        # the holder before us may have removed the file after we opened it: lock the live one
        with contextlib.suppress(OSError):
            if os.fstat(fd).st_ino == os.stat(lock_path, follow_symlinks=False).st_ino:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()} {command}\n".encode())
                return fd
        os.close(fd)
    raise Busy(folder, "cannot take the lock of this folder", "run the command again")


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid, _, command = os.pread(fd, 200, 0).decode("utf-8", "replace").strip().partition(" ")
        if pid.isdigit():
            return f" (process {pid}, {command or 'a command'})"
    return ""


def _release(lock_path: Path, fd: int) -> None:
    # removed while still held, so that whoever opens it next makes a fresh one
    with contextlib.suppress(OSError):
        os.unlink(lock_path)
    os.close(fd)


# -- helpers -----------------------------------------------------------------------


def _target(path: Path, follow: bool) -> Path:
    """The file a write to ``path`` replaces: the final target of a symlink when following."""
    if not follow or not path.is_symlink():
        return path
    resolved = Path(os.path.realpath(path))
    if not resolved.exists():
        raise WriteError(
            path,
            f"is a symbolic link to a missing file ({os.readlink(path)})",
            "remove the link or let it point at an existing file",
        )
    if resolved.is_dir():
        raise WriteError(path, "is a link to a folder; cannot write a file there", "name a file")
    return resolved


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:  # a file where a folder of the path should be
        return None
    except OSError as exc:
        raise _write_error(path, exc) from None


def _open_regular(path: Path) -> int:
    """A read descriptor of a regular file (FileNotFoundError when missing); never blocks."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise WriteError(path, f"is {_kind(mode)}; prlocalize writes only regular files")
    return fd


_TEXT_CHUNK = 1 << 18  # characters encoded at a time (up to 1 MB of UTF-8)


def _written_unchanged(fh: IO[bytes], parts: Iterator[bytes], current: Path | None) -> bool:
    """Write ``parts`` to ``fh``; whether the regular file ``current`` (when given) holds
    exactly the bytes written, compared a chunk at a time as they are written."""
    old: IO[bytes] | None = None
    if current is not None:
        with contextlib.suppress(OSError):
            old = os.fdopen(_open_regular(current), "rb")
    try:
        for part in parts:
            fh.write(part)
            if old is not None and not _same_part(old, part):
                old.close()
                old = None
        return old is not None and old.read(1) == b""
    finally:
        if old is not None:
            old.close()


def _same_part(fh: IO[bytes], part: bytes) -> bool:
    """Whether ``fh``'s next bytes are ``part`` (read a chunk at a time)."""
    view = memoryview(part)
    for offset in range(0, len(part), _CHUNK):
        piece = view[offset : offset + _CHUNK]
        if fh.read(len(piece)) != piece:
            return False
    return True


def _encoded(data: str | bytes | Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """``data`` as bytes, a part at a time: a catalog's text is encoded 256 k
    characters at a time rather than whole beside itself (update's new text of a 50 MB
    release's catalog is 300 MB as a string, 150 MB more encoded). UTF-8 encodes each
    character alone, so parts joined are the whole's bytes; other codecs (a BOM, shift
    states) encode the text whole."""
    if isinstance(data, bytes):
        yield data
    elif not isinstance(data, str):  # encoded already, a block at a time (a restyled catalog)
        yield from data
    elif len(data) <= _TEXT_CHUNK or codecs.lookup(encoding).name != "utf-8":
        yield data.encode(encoding)
    else:
        for start in range(0, len(data), _TEXT_CHUNK):
            yield data[start : start + _TEXT_CHUNK].encode(encoding)


def same_content(path: Path, parts: Iterable[bytes]) -> bool:
    """Whether the regular file ``path`` holds exactly ``parts`` joined, read a part at a
    time (False when it cannot be read)."""
    try:
        fd = _open_regular(path)
    except OSError:
        return False
    with os.fdopen(fd, "rb") as fh:
        return all(_same_part(fh, raw) for raw in parts) and fh.read(1) == b""


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise WriteError(
            folder,
            "is a file where a folder should be",
            "move that file away",
        ) from None
    except OSError as exc:
        raise _write_error(folder, exc) from None


def _keep_owner(fd: int, before: os.stat_result) -> None:
    if (before.st_uid, before.st_gid) != (os.geteuid(), os.getegid()):
        with contextlib.suppress(OSError):  # only root may give a file away; the group we may
            os.fchown(fd, before.st_uid, before.st_gid)


def _new_mode() -> int:
    """What ``open()`` would give a new file: 0o666 minus the process's umask."""
    with _UMASK_LOCK:  # reading the umask means setting it: briefly, to the strictest value
        mask = os.umask(0o077)
        os.umask(mask)
    return 0o666 & ~mask


# Folders whose fsync waits for the end of a deferred_folder_syncs() block (innermost last).
_DEFERRED: list[set[Path]] = []


@contextlib.contextmanager
def deferred_folder_syncs() -> Iterator[None]:
    """Within this block a durable write fsyncs its file at once but its folder only once,
    at the end: a command that puts thousands of catalogs in a few folders paid one folder
    fsync per file. A crash before the end may undo a rename, never a file's content: the
    old file or the new one is there, whole."""
    folders: set[Path] = set()
    _DEFERRED.append(folders)
    try:
        yield
    finally:
        _DEFERRED.remove(folders)
        for folder in sorted(folders):
            folder_written(folder)


def folder_written(folder: Path) -> None:
    """A file was renamed into ``folder``: fsync it now, or at the end of the innermost
    :func:`deferred_folder_syncs` block (a forked worker's renames are reported by its
    parent, whose block outlives the worker)."""
    if _DEFERRED:
        _DEFERRED[-1].add(folder)
    else:
        _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (the folder's entry), where the system allows it."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def _write_error(path: Path, exc: OSError) -> WriteError:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return WriteError(
            path, "disk full: cannot write it", "free some space; the previous file is unchanged"
        )
    if code == errno.EROFS:
        return WriteError(path, "cannot write it: the file system is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return WriteError(path, "cannot write it: permission denied", "check the folder's rights")
    if code in (errno.ENOTDIR, errno.EEXIST):
        return WriteError(
            path, "cannot write it: a file is where a folder should be", "move that file away"
        )
    return WriteError(path, f"cannot write it: {exc.strerror or exc}")


class PathList(Sequence[Path]):
    """Paths kept as their folder (once each) and their file name, the names packed into
    one buffer: an archive's list of releases or catalogs takes a sixth of the memory a
    list of :class:`Path` would (a Path with its interned name takes over 200 bytes).
    Items come back as equal Paths, built when asked for."""

    __slots__ = ("_blob", "_ends", "_folders", "_index", "_where")

    def __init__(self, paths: Iterable[str | Path] = ()) -> None:
        self._folders: list[Path] = []
        self._index: dict[str, int] = {}
        self._where = array("I")  # each path's folder, as its index in _folders
        self._blob = bytearray()  # the names, UTF-8 (undecodable bytes as the OS gave them)
        self._ends = array("Q")  # where each name ends in _blob
        for path in paths:
            self.append(path)

    def _folder(self, folder: Path) -> int:
        key = str(folder)
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self._folders)
            self._folders.append(folder)
        return index

    def _add(self, index: int, name: str) -> None:
        self._where.append(index)
        self._blob += name.encode("utf-8", "surrogateescape")
        self._ends.append(len(self._blob))

    def append(self, path: str | Path) -> None:
        path = Path(path)
        self._add(self._folder(path.parent), path.name)

    def extend_folder(self, folder: Path, names: Iterable[str]) -> None:
        """Add ``folder / name`` for each of ``names`` (no Path is made for each)."""
        index = self._folder(folder)
        for name in names:
            self._add(index, name)

    def name(self, index: int) -> str:
        """The file name of item ``index`` (no Path made)."""
        index = range(len(self._ends))[index]  # (negative indexes, and IndexError)
        start = self._ends[index - 1] if index else 0
        return self._blob[start : self._ends[index]].decode("utf-8", "surrogateescape")

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> list[Path]: ...

    def __getitem__(self, index: int | slice) -> Path | list[Path]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self._ends))[index]
        return self._folders[self._where[index]] / self.name(index)

    def __iter__(self) -> Iterator[Path]:
        for index in range(len(self._ends)):
            yield self._folders[self._where[index]] / self.name(index)


def iter_release_files(
    paths: Iterable[str | Path], suffixes: tuple[str, ...] = RELEASE_SUFFIXES
) -> Iterator[Path]:
    """Yield every release file named or found below the given paths, sorted per folder.

    A missing path is an input error; hidden folders and virtual environments are skipped.
    The folders are walked one at a time (in the order of ``sorted(rglob("*"))``): an
    archive's 100,000 paths are never all held at once.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk_releases(path, suffixes)
        elif path.is_file():
            yield path
        else:
            raise InputError(path, None, "no such file or folder", "check the path")


_SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})
# a static site generator's root (by its configuration file) keeps its templates, theme,
# new-page skeletons and the pages it builds beside the releases: Go or Liquid templates
# ('<h1>{{ .Title }}</h1>') are no release (check read '.Date.Format' as a sentence, and
# --fix would have spaced it), and built pages repeat the content. A site's folder given
# itself (align --pairs site/public) is still read.
_HUGO_CONFIG = frozenset({"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"})
_OLD_HUGO_CONFIG = frozenset({"config.toml", "config.yaml", "config.yml", "config.json"})
_JEKYLL_CONFIG = frozenset({"_config.yml", "_config.yaml", "_config.toml"})
_HUGO_BUILD = frozenset({"layouts", "themes", "archetypes", "public", "resources"})
_JEKYLL_BUILD = frozenset({"_layouts", "_includes", "_site", "_sass"})


def _site_build_folders(names: set[str]) -> frozenset[str]:
    """The folders of a static site generator's root that hold no release, given the
    names in the folder (none when it is no site's root)."""
    if names & _HUGO_CONFIG or (names & _OLD_HUGO_CONFIG and "content" in names):
        return _HUGO_BUILD
    if names & _JEKYLL_CONFIG:
        return _JEKYLL_BUILD
    return frozenset()


def _walk_releases(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path]:
    """The release files below ``folder``, depth first with each folder's entries sorted by
    name: a folder's files come right after it, before its next sibling (Path order).
    Symbolic links to folders are not followed (as rglob), links to files are."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted((entry.name, entry) for entry in scan)
    except OSError:
        return
    build = _site_build_folders({name for name, _ in entries})
    for name, entry in entries:
        if name.startswith(".") or name in _SKIPPED_FOLDERS:
            continue
        path = folder / name
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if is_folder:
            if name not in build:
                yield from _walk_releases(path, suffixes)
        elif saved_suffix(name, suffixes) in suffixes and path.is_file():
            yield path
