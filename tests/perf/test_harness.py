"""The measuring tools of the archive tests measure what they claim to."""

from __future__ import annotations

import csv
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tests.perf.archive import (
    SLACK_KB,
    assert_flat,
    generate_archive,
    measure,
    peak_rss,
    write_glossary,
)

MB = 1024  # the harness counts kB


def test_a_200_mb_buffer_is_seen() -> None:
    peak, completed = peak_rss(
        [sys.executable, "-c", "import time; b = bytearray(200 * 2**20); time.sleep(0.3)"]
    )
    assert completed.returncode == 0
    assert 200 * MB <= peak < 260 * MB


def test_a_short_peak_is_seen_through_the_kernels_high_water_mark() -> None:
    # allocated and freed at once, between two samples a second apart: ru_maxrss sees it
    result = measure([sys.executable, "-c", "b = bytearray(150 * 2**20); del b"], interval=1)
    assert result.process_kb >= 150 * MB
    assert result.tree_kb >= result.process_kb


def test_forked_workers_count_in_the_tree() -> None:
    script = textwrap.dedent(
        """
        import os, time
        mine = bytearray(60 * 2**20)
        pids = []
        for _ in range(2):
            pid = os.fork()
            if pid == 0:
                theirs = bytearray(100 * 2**20)
                time.sleep(0.6)
                os._exit(0)
            pids.append(pid)
        for pid in pids:
            os.waitpid(pid, 0)
        """
    )
    result = measure([sys.executable, "-c", script])
    assert result.returncode == 0
    # the parent's 60 MB plus each worker's 100 MB (its copy of the parent's pages may
    # or may not be resident in it: counted at least once)
    assert result.tree_kb >= 260 * MB
    assert 100 * MB <= result.process_kb < 200 * MB


def test_output_exit_code_and_cpu_time_are_reported(tmp_path: Path) -> None:
    script = (
        "import sys; print('out'); print('err', file=sys.stderr); sum(range(3*10**7)); sys.exit(3)"
    )
    result = measure([sys.executable, "-c", script], tmp_path)
    assert (result.returncode, result.completed.stdout, result.completed.stderr) == (
        3,
        "out\n",
        "err\n",
    )
    assert result.cpu > 0.1 and result.wall >= result.cpu * 0.5
    assert not result.timed_out


def test_a_command_over_its_timeout_is_killed_with_its_children() -> None:
    script = "import os, time; os.fork(); time.sleep(60)"  # parent and child both hang
    start = time.perf_counter()
    result = measure([sys.executable, "-c", script], timeout=0.5)
    assert result.timed_out and result.returncode < 0
    assert time.perf_counter() - start < 10


def test_the_archive_is_deterministic_distinct_and_names_glossary_entries(tmp_path: Path) -> None:
    paths = generate_archive(tmp_path / "a", 30)
    again = generate_archive(tmp_path / "b", 30)
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]
    assert len({p.read_bytes() for p in paths}) == 30
    assert {p.suffix for p in paths} == {".html", ".txt", ".md"}
    assert all(1000 < p.stat().st_size < 4000 for p in paths)
    big = generate_archive(tmp_path / "c", 3, kinds=("html",), size=7000)
    assert all(7000 < p.stat().st_size < 9000 for p in big)
    glossary = write_glossary(tmp_path / "g.csv", 400)
    with glossary.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 400 and len({row["en"] for row in rows}) == 400
    assert all(row["ja"] and row["ko"] and row["kind"] for row in rows)
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    kinds = {row["kind"] for row in rows if row["en"] in text}
    assert kinds == {"person", "org", "title", "place", "term"}


# The pattern itself: reading every release and keeping the documents (what a command
# that holds the whole archive does) fails it; reading them one at a time passes it.
_READ = """
import sys
from pathlib import Path
from prlocalize.readers import read_document
kept = []
for path in sorted(Path(sys.argv[1]).iterdir()):
    document = read_document(path)
    segments = list(document.segments())
    if sys.argv[2] == "keep":
        kept.append((document, segments))
"""


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("archives")
    generate_archive(root / "small", 150)
    generate_archive(root / "large", 1500)
    return root / "small", root / "large"


@pytest.mark.parametrize("mode", ["stream", "keep"])
def test_the_pattern_tells_a_growing_command_from_a_streaming_one(
    archives: tuple[Path, Path], mode: str
) -> None:
    small, large = (measure([sys.executable, "-c", _READ, str(a), mode]) for a in archives)
    if mode == "stream":
        assert_flat(small, large)
        assert large.tree_kb - small.tree_kb < SLACK_KB / 3  # with a wide margin
    else:
        with pytest.raises(AssertionError, match="peak memory grew by"):
            assert_flat(small, large)


def test_the_generated_glossary_lints_clean(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    glossary = write_glossary(tmp_path / "g.csv", 3000)
    result = run_cli("glossary", "lint", str(glossary))
    assert result.exit_code == 0, result.output[-2000:]
    assert "0 error(s), 0 warning(s)" in result.output


def test_the_launching_process_memory_is_not_the_commands(tmp_path: Path) -> None:
    """Measured from a process that once held 400 MB (a pytest worker late in a run), a
    short 150 MB peak is still seen and a small command is still small: the kernel's mark
    of the launcher's memory must not leak into the command's figures either way."""
    script = textwrap.dedent(
        """
        import sys
        from tests.perf.archive import measure
        big = bytearray(400 * 2**20)
        del big
        peak = measure([sys.executable, "-c", "b = bytearray(150 * 2**20); del b"], interval=1)
        small = measure([sys.executable, "-c", "pass"])
        print(peak.process_kb, small.process_kb, small.tree_kb)
        """
    )
    root = Path(__file__).resolve().parents[2]
    result = measure([sys.executable, "-c", script], root)
    assert result.returncode == 0, result.completed.stderr
    peak, small, small_tree = map(int, result.completed.stdout.split())
    assert peak >= 150 * MB
    assert small < 60 * MB and small_tree < 60 * MB
