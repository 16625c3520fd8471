"""prlocalize.spool: a list kept on disk beyond a few items, read back in order."""

from __future__ import annotations

import gc
import os
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.spool import Spool


@given(
    st.lists(st.one_of(st.integers(), st.text(), st.tuples(st.text(), st.none()))),
    st.integers(1, 7),
)
def test_items_come_back_in_order_any_number_of_times(items: list[object], chunk: int) -> None:
    spool: Spool[object] = Spool(chunk=chunk)
    for item in items:
        spool.append(item)
    assert list(spool) == items
    assert list(spool) == items  # a second reading finds them all again
    assert len(spool) == len(items) and bool(spool) == bool(items)


def test_appending_between_readings_and_interleaved_readings() -> None:
    spool = Spool(range(10), chunk=3)
    first = iter(spool)
    assert [next(first) for _ in range(4)] == [0, 1, 2, 3]
    spool.extend(range(10, 13))
    second = list(spool)
    assert second == list(range(13))
    assert list(first) == list(range(4, 13))  # the first reading goes on where it was


def test_a_small_spool_never_touches_the_disk() -> None:
    spool = Spool(range(100))
    assert spool._file is None


def test_memory_stays_flat_however_many_results_wait() -> None:
    """What the catalog stages collect per catalog (a result naming its files) does not
    stay in memory: 40,000 of them take about what 4,000 do (in a list, the 36,000 more
    would take well over 10 MB)."""

    def result(i: int) -> tuple[str, str, int, int, int, str]:
        po = f"/archive/out/locales/ja/LC_MESSAGES/release-{i:06d}.po"
        return po, po[:-3] + ".mo", i, 0, 3, f"{i:032x}"

    held = []
    tracemalloc.start()
    try:
        for n in (4_000, 40_000):
            gc.collect()
            before = tracemalloc.get_traced_memory()[0]
            spool = Spool(result(i) for i in range(n))
            held.append(tracemalloc.get_traced_memory()[0] - before)
            assert sum(r[2] for r in spool) == sum(range(n))
            del spool
    finally:
        tracemalloc.stop()
    assert held[1] - held[0] < 1_000_000, held


def test_the_temp_file_goes_with_the_spool() -> None:
    spool = Spool(range(5000), chunk=100)
    assert spool._file is not None
    fd = spool._file.fileno()
    del spool
    gc.collect()
    try:
        os.fstat(fd)
    except OSError:
        return
    raise AssertionError("the spool's temp file is still open")


def test_a_full_disk_is_a_write_error_naming_the_temp_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno
    import tempfile

    from prlocalize.errors import WriteError

    class Full:
        def seek(self, offset: int) -> None:
            pass

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            pass

    monkeypatch.setattr(tempfile, "TemporaryFile", Full)
    spool = Spool(chunk=2)
    spool.append(1)
    with pytest.raises(WriteError) as raised:
        spool.append(2)
    assert "No space left on device" in str(raised.value) and "TMPDIR" in str(raised.value)
