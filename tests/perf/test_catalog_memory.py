"""extract, update and compile stream (issue 16): with one worker, the peak memory of the
whole command is the same for 200 releases as for 2,000 (within the harness's slack).

Before they streamed, extract kept every release's template text, update every catalog's
result with its whole merged catalog, compile every .mo: 20 to 100 MB more at 2,000.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.perf.archive import (
    LARGE,
    SMALL,
    Measurement,
    assert_flat,
    generate_archive,
    measure,
    prlocalize,
    write_glossary,
)

LOCALES = ("-l", "ja")  # one locale: a catalog per release is enough to show growth


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Releases, templates and catalogs for SMALL and LARGE releases (prepared with every
    core; only the measured runs use one worker)."""
    root = tmp_path_factory.mktemp("catalog-memory")
    write_glossary(root / "glossary.csv", 200)
    for n in (SMALL, LARGE):
        generate_archive(root / f"releases-{n}", n)
        for command in (
            ("extract", f"releases-{n}", "-d", f"prepared-{n}", "-g", "glossary.csv", *LOCALES),
            ("update", "-d", f"prepared-{n}", *LOCALES),
        ):
            done = measure(prlocalize(*command), root)
            assert done.returncode == 0, done.completed.stderr[-2000:]
    return root


def _fresh_copy(work: Path, n: int, name: str) -> str:
    target = work / f"{name}-{n}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(work / f"prepared-{n}", target)
    return target.name


def test_extract_memory_does_not_grow_with_the_archive(work: Path) -> None:
    def run(n: int) -> Measurement:
        out = work / f"extracted-{n}"
        shutil.rmtree(out, ignore_errors=True)
        command = ("extract", f"releases-{n}", "-d", out.name, "-g", "glossary.csv", *LOCALES)
        return measure(prlocalize(*command, "--jobs", "1"), work)

    assert_flat(run(SMALL), run(LARGE))


def test_update_memory_does_not_grow_with_the_archive(work: Path) -> None:
    def run(n: int) -> Measurement:
        # every catalog exists: each is read, merged with its template and written back
        folder = _fresh_copy(work, n, "updated")
        return measure(prlocalize("update", "-d", folder, *LOCALES, "--jobs", "1"), work)

    assert_flat(run(SMALL), run(LARGE))


def test_compile_memory_does_not_grow_with_the_archive(work: Path) -> None:
    def run(n: int) -> Measurement:
        folder = _fresh_copy(work, n, "compiled")
        return measure(prlocalize("compile", "-d", folder, "--jobs", "1"), work)

    assert_flat(run(SMALL), run(LARGE))
