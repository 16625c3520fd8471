"""The one write path: atomic, keeps mode and owner, honours the umask, writes through
symlinks (never replacing a link to a private file by a world-readable copy), refuses
special files, never reads an output in full, and turns every OSError into a WriteError."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from prlocalize import fsutil
from prlocalize.errors import ConcurrentChange, UsageError, WriteError
from prlocalize.fsutil import Snapshot, atomic_write, read_regular


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "private.po"
    target.write_text("old\n")
    os.chmod(target, 0o600)
    assert atomic_write(target, "new\n")
    assert target.read_text() == "new\n"
    assert _mode(target) == 0o600


def test_a_new_file_honours_the_umask(tmp_path: Path, umask_027: None) -> None:
    target = tmp_path / "sub" / "new.po"
    atomic_write(target, "x")
    assert _mode(target) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another owner")
def test_a_replaced_file_keeps_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "theirs.po"
    target.write_text("old")
    os.chown(target, 65534, 65534)
    atomic_write(target, "new")
    assert (os.stat(target).st_uid, os.stat(target).st_gid) == (65534, 65534)


def test_a_symlink_is_written_through_to_its_private_target(tmp_path: Path) -> None:
    private = tmp_path / "vault" / "release.txt"
    private.parent.mkdir()
    private.write_text("embargoed draft\n")
    os.chmod(private, 0o600)
    link = tmp_path / "release.txt"
    link.symlink_to(private)
    atomic_write(link, "fixed draft\n")
    assert link.is_symlink()
    assert private.read_text() == "fixed draft\n"
    assert _mode(private) == 0o600
    assert _leftovers(tmp_path) == [] and _leftovers(private.parent) == []


def test_a_dangling_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "page.html"
    link.symlink_to(tmp_path / "elsewhere" / "missing.html")
    with pytest.raises(WriteError, match="symbolic link to a missing file"):
        atomic_write(link, "<p>x</p>")
    assert not (tmp_path / "elsewhere").exists()


def test_not_following_replaces_the_link_itself(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    link = tmp_path / "cache.json"
    link.symlink_to(outside)
    atomic_write(link, "{}", follow_symlinks=False)
    assert not link.is_symlink() and link.read_text() == "{}"
    assert outside.read_text() == "keep"


@pytest.mark.parametrize("device", ["/dev/full", "/dev/zero"])
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "page.html"
    link.symlink_to(device)
    with pytest.raises(WriteError, match="device"):
        atomic_write(link, "<p>x</p>" * 10)


def test_a_fifo_as_output_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="FIFO"):
        atomic_write(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_an_unchanged_file_is_compared_in_chunks_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "big.mo"
    data = b"x" * (3 * fsutil._CHUNK + 5)
    target.write_bytes(data)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read in full"))
    before = os.stat(target).st_mtime_ns
    assert atomic_write(target, data) is False
    assert os.stat(target).st_mtime_ns == before
    assert atomic_write(target, data[:-1] + b"y") is True


def test_a_full_disk_is_a_write_error_and_the_old_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    target = tmp_path / "de.po"
    target.write_text("old\n")
    real = tempfile.mkstemp

    def full_disk(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)  # type: ignore[call-overload]
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name  # every write: ENOSPC

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    with pytest.raises(WriteError, match="disk full") as caught:
        atomic_write(target, "new\n" * 10_000)
    assert str(target) in caught.value.render()
    assert target.read_text() == "old\n"
    assert _leftovers(tmp_path) == []


def test_a_file_where_a_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "ja").write_text("not a folder")
    with pytest.raises(WriteError, match="where a folder should be"):
        atomic_write(tmp_path / "ja" / "LC_MESSAGES" / "a.po", "x")


def test_a_refused_rename_is_a_write_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteError, match="permission denied"):
        atomic_write(tmp_path / "a.po", "x")
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "a.po").write_text("old")
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(WriteError, match="permission denied"):
            atomic_write(folder / "a.po", "new")
    finally:
        os.chmod(folder, 0o755)


def test_expect_makes_the_write_a_compare_and_swap(tmp_path: Path) -> None:
    target = tmp_path / "a.po"
    target.write_text("as read\n")
    snap = Snapshot.of(target)
    target.write_text("saved by a translator\n")
    with pytest.raises(ConcurrentChange):
        atomic_write(target, "machine draft\n", expect=snap)
    assert target.read_text() == "saved by a translator\n"
    assert atomic_write(target, "merged\n", expect=Snapshot.of(target))


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_read_regular_refuses_special_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "cache.json"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    with pytest.raises(Exception, match="not a regular"):
        read_regular(path, limit=1000)


def test_read_regular_bounds_the_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(Exception, match="larger than"):
        read_regular(path, limit=1000)
    assert read_regular(path, limit=2000) == b"x" * 2000


def test_read_regular_sets_aside_the_file_not_the_limit(tmp_path: Path) -> None:
    import tracemalloc

    path = tmp_path / "release.html"
    path.write_bytes(b"<p>x</p>" * 250)
    tracemalloc.start()
    try:
        data = read_regular(path, limit=64 * 1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == b"<p>x</p>" * 250
    assert peak < 100_000, f"{peak} bytes to read a 2 kB file"  # it was the 64 MB limit


def test_read_regular_reads_a_file_grown_since_its_size_was_asked(tmp_path: Path) -> None:
    # /proc's files say 0 bytes and hold more: the size is where reading starts, not ends
    status = Path("/proc/self/status")
    if status.exists():
        assert b"Name:" in read_regular(status, limit=1_000_000)
        with pytest.raises(Exception, match="larger than"):
            read_regular(status, limit=10)


def test_a_large_text_is_written_without_its_whole_encoding_beside_it(tmp_path: Path) -> None:
    import tracemalloc

    text = "泊鉄道の白兎工場。" * 400_000  # 3.6 M characters: 7 MB as a string, 11 MB encoded
    path = tmp_path / "release.po"
    tracemalloc.start()
    try:
        assert atomic_write(path, text, durable=False)
        peak = tracemalloc.get_traced_memory()[1]
        assert not atomic_write(path, text, durable=False)  # the same bytes: left alone
        again = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert path.read_bytes() == text.encode("utf-8")
    assert max(peak, again) < 4_000_000, f"{max(peak, again)} bytes traced"  # it was 11.9 MB
    assert atomic_write(path, text + "x", durable=False)  # longer by a byte: written
    assert path.read_text(encoding="utf-8") == text + "x"
    assert atomic_write(path, "短い", durable=False)
    assert path.read_text(encoding="utf-8") == "短い"


def test_refuse_overwrite_names_the_input(tmp_path: Path) -> None:
    source = tmp_path / "glossaries"
    source.mkdir()
    (source / "people.csv").write_text("kind,en\n")
    alias = tmp_path / "alias.csv"
    alias.symlink_to(source / "people.csv")
    with pytest.raises(UsageError, match="being read"):
        fsutil.refuse_overwrite(alias, [source], "glossary")
    fsutil.refuse_overwrite(tmp_path / "new.csv", [source], "glossary")


# -- staged writes: streaming commands put every output in place only at the end --------


def test_staged_writes_land_together_on_commit(tmp_path: Path) -> None:
    from prlocalize.fsutil import StagedWrites

    (tmp_path / "old.po").write_text("before\n")
    with StagedWrites() as staged:
        assert staged.stage(tmp_path / "old.po", "after\n")
        assert staged.stage(tmp_path / "sub" / "new.po", "new\n")
        assert not staged.stage(tmp_path / "old.po", "before\n")  # unchanged: nothing to do
        assert (tmp_path / "old.po").read_text() == "before\n"  # nothing in place yet
        assert not (tmp_path / "sub" / "new.po").exists()
        staged.commit()
    assert (tmp_path / "old.po").read_text() == "after\n"
    assert (tmp_path / "sub" / "new.po").read_text() == "new\n"
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_an_error_before_commit_leaves_every_target_and_no_temp(tmp_path: Path) -> None:
    from prlocalize.fsutil import StagedWrites

    (tmp_path / "a.po").write_text("kept\n")
    with pytest.raises(RuntimeError), StagedWrites() as staged:
        staged.stage(tmp_path / "a.po", "lost\n")
        staged.stage(tmp_path / "b.po", "lost\n")
        raise RuntimeError("a broken release further on")
    assert (tmp_path / "a.po").read_text() == "kept\n"
    assert not (tmp_path / "b.po").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po"]


def test_a_staged_write_crosses_processes_and_sees_a_later_change(tmp_path: Path) -> None:
    import pickle

    from prlocalize.errors import ConcurrentChange
    from prlocalize.fsutil import Snapshot, stage_write

    target = tmp_path / "ja.po"
    target.write_text("read\n")
    staged = stage_write(target, "merged\n", expect=Snapshot.of(target))
    assert staged is not None
    staged = pickle.loads(pickle.dumps(staged))  # what a worker hands back
    target.write_text("a translator's save\n")
    with pytest.raises(ConcurrentChange):
        staged.put_in_place()
    assert target.read_text() == "a translator's save\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ja.po"]


def test_a_staged_file_gets_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    from prlocalize.fsutil import StagedWrites

    target = tmp_path / "private.po"
    target.write_text("x\n")
    target.chmod(0o600)
    with StagedWrites() as staged:
        staged.stage(target, "y\n")
        staged.commit()
    assert target.stat().st_mode & 0o777 == 0o600


def test_deferred_folder_syncs_sync_each_folder_once_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(fsutil, "_sync_folder", synced.append)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with fsutil.deferred_folder_syncs():
        for n in range(3):
            for folder in ("a", "b"):
                fsutil.atomic_write(tmp_path / folder / f"{n}.po", f"msgid {n}\n")
        assert synced == []  # the files are fsynced; their folders wait
        fsutil.atomic_write(tmp_path / "a" / "x.mo", "derived", durable=False)
    assert synced == [tmp_path / "a", tmp_path / "b"]
    fsutil.atomic_write(tmp_path / "a" / "0.po", "changed\n")  # outside: at once
    assert synced[-1] == tmp_path / "a" and len(synced) == 3


def test_deferred_folder_syncs_still_sync_after_an_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(fsutil, "_sync_folder", synced.append)
    with pytest.raises(KeyboardInterrupt), fsutil.deferred_folder_syncs():
        fsutil.atomic_write(tmp_path / "one.po", "msgid x\n")
        raise KeyboardInterrupt
    assert synced == [tmp_path]


def test_blocks_made_as_they_are_written_are_compared_and_staged_in_one_pass(
    tmp_path: Path,
) -> None:
    """A restyled catalog's UTF-8 blocks come from an iterator, made as the writer asks for
    them (a huge release's catalog is never held whole): the file is compared with them
    as the temp file is written, so an unchanged file stays as it was, with no temp file
    left, and a changed one (a block differs, the file is longer or shorter) is staged."""
    from prlocalize.fsutil import stage_write

    target = tmp_path / "ja.po"
    target.write_bytes(b"one\ntwo\n")
    made: list[bytes] = []

    def blocks(*parts: bytes) -> Iterator[bytes]:
        for part in parts:
            made.append(part)
            yield part

    assert stage_write(target, blocks(b"one\n", b"two\n")) is None
    assert made == [b"one\n", b"two\n"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ja.po"]
    for parts in ((b"one\n", b"tw0\n"), (b"one\n",), (b"one\ntwo\n", b"three\n"), (b"",)):
        staged = stage_write(target, blocks(*parts))
        assert staged is not None
        staged.put_in_place()
        assert target.read_bytes() == b"".join(parts)
        target.write_bytes(b"one\ntwo\n")
    fresh = tmp_path / "ko.po"  # nothing to compare with: written as it comes
    staged = stage_write(fresh, blocks(b"new\n"))
    assert staged is not None
    staged.put_in_place()
    assert fresh.read_bytes() == b"new\n"
