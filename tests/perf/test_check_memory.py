"""`check` streams: its peak memory does not grow with the number of releases, checked
afresh or answered from the check cache (issue 16). Before streaming, the report of
every release (its whole text included) and the whole cache were held to the end."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.perf.archive import (
    Measurement,
    assert_flat,
    generate_archive,
    measure,
    prlocalize,
    write_glossary,
)

GLOSSARY_ENTRIES = 300
SMALL, LARGE = 200, 1500
# characters of body text a release: about the HTML releases of a newsroom (8 kB); with
# these, holding every report grew the peak by about 20 MB from SMALL to LARGE releases,
# streaming by 1 or 2 MB
SIZE = 6000


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A glossary and two archives of SMALL and LARGE releases."""
    base = tmp_path_factory.mktemp("archives")
    glossary = write_glossary(base / "glossary.csv", GLOSSARY_ENTRIES)
    return glossary, _archive(base / "small", SMALL), _archive(base / "large", LARGE)


def _archive(folder: Path, n: int) -> Path:
    generate_archive(folder, n, size=SIZE)
    return folder


def _check(folder: Path, glossary: Path, cache: Path | None) -> Measurement:
    env = {**os.environ, "PRLOCALIZE_CACHE_DIR": str(cache or folder.parent / "unused")}
    args = ["check", str(folder), "-g", str(glossary), "--jobs", "1", "--format", "json"]
    if cache is None:
        args.append("--no-cache")
    run = measure(prlocalize(*args), timeout=600, env=env)
    assert not run.timed_out
    return run


def test_check_memory_does_not_grow_with_the_releases(
    archives: tuple[Path, Path, Path],
) -> None:
    glossary, small, large = archives
    small_run = _check(small, glossary, None)
    large_run = _check(large, glossary, None)
    assert json.loads(large_run.completed.stdout)["summary"]["files"] == LARGE
    assert_flat(small_run, large_run)


def test_a_warm_check_does_not_grow_with_the_releases(
    archives: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    glossary, small, large = archives
    filled, warm = [], []
    for folder in (small, large):
        cache = tmp_path / f"cache-{folder.name}"
        filled.append(_check(folder, glossary, cache))
        warm.append(_check(folder, glossary, cache))
        assert warm[-1].completed.stdout == filled[-1].completed.stdout
        assert warm[-1].cpu < filled[-1].cpu / 2  # answered from the cache
    assert_flat(*filled)  # storing every release in the cache
    assert_flat(*warm)  # reading them back
