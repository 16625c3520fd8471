"""A file-system or database failure that no command foresaw (the disk filling up under
the translation memory's SQLite file) still ends in a message and exit 2, never a
traceback, and what was translated before it is kept."""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import read_catalog
from prlocalize.catalog import workflow as catalog_workflow
from prlocalize.translate.cache import MtCache

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "translate"))
from translate_servers import Behaviour, LibreServer

RELEASE = "Press Release\n\nThe event was held in Tokyo.\n\nIt ended at noon.\n"


@pytest.fixture
def project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    return tmp_path


def test_a_full_disk_under_the_memory_is_exit_2(
    project: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    def full(self: MtCache, *args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(MtCache, "put", full)
    with LibreServer(Behaviour(tag_unknown=True)) as server:
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", "libre",
            "--backend-url", server.url, "--workers", "1",
        )  # fmt: skip
    assert result.exit_code == 2
    assert "translation memory: database or disk is full" in result.output
    assert "Traceback" not in result.output
    read_catalog(project / "locales" / "ja" / "LC_MESSAGES" / "r.po", "ja")  # whole


def test_an_os_error_no_command_foresaw_is_exit_2(
    project: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    def refused(locales_dir: object) -> list[Path]:
        raise PermissionError(errno.EACCES, "Permission denied", "locales")

    monkeypatch.setattr(catalog_workflow, "templates_in", refused)
    result = run_cli("update", "-d", "locales", "-l", "ja")
    assert result.exit_code == 2
    assert result.output.startswith("locales: Permission denied")
