"""The check's worker processes report what the single process reports, errors included."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import load_settings
from prlocalize.errors import InputError


def _releases(folder: Path, count: int) -> None:
    for i in range(count):
        (folder / f"release-{i:03}.txt").write_text(
            f"Tokyo, Japan. The company opened lab number {i}. It grew  fast.\n", encoding="utf-8"
        )


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_unreadable_release_is_an_input_error_in_workers_too(tmp_path: Path, jobs: int) -> None:
    _releases(tmp_path, 20)
    (tmp_path / "release-007.txt").write_bytes(b"\xff\xfeT\x00o\x00")  # UTF-16
    settings = load_settings(tmp_path, {})
    result = check_paths([tmp_path], settings, jobs=jobs)
    (error,) = result.errors  # reported, and the other releases are still checked
    assert isinstance(error, InputError)
    assert (error.path, error.line) == (str(tmp_path / "release-007.txt"), 1)
    assert error.message == "file is UTF-16, not UTF-8"
    assert len(result.files) == 19


def test_the_cli_exits_2_naming_the_file_when_workers_check(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _releases(tmp_path, 70)  # over PARALLEL_FROM: checked by worker processes
    bad = tmp_path / "release-035.txt"
    bad.write_bytes(b"\xff\xfeT\x00o\x00")
    result = run_cli("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    assert f"{bad}:1: file is UTF-16, not UTF-8 (save it as UTF-8)" in result.output


def test_workers_report_the_same_findings_in_the_same_order(tmp_path: Path) -> None:
    _releases(tmp_path, 40)
    settings = load_settings(tmp_path, {})
    serial = check_paths([tmp_path], settings, jobs=1)
    parallel = check_paths([tmp_path], settings, jobs=2)
    assert [r.path for r in parallel.files] == [r.path for r in serial.files]
    assert [r.findings for r in parallel.files] == [r.findings for r in serial.files]
    assert any(r.findings for r in serial.files)  # the doubled space is reported


@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_the_cli_output_is_the_same_with_any_number_of_jobs(
    tmp_path: Path,
    run_cli,
    fmt: str,  # type: ignore[no-untyped-def]
) -> None:
    _releases(tmp_path, 30)
    outputs = [
        run_cli("check", str(tmp_path), "--no-cache", "--format", fmt, "--jobs", str(jobs))
        for jobs in (1, 3)
    ]
    assert outputs[0].exit_code == outputs[1].exit_code
    assert outputs[0].stdout == outputs[1].stdout
    assert "release-029" in outputs[0].stdout


def test_jobs_must_be_a_positive_number(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _releases(tmp_path, 2)
    result = run_cli("check", str(tmp_path), "--jobs", "0")
    assert result.exit_code == 2 and "--jobs" in result.output
