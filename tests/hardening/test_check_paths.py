"""`check` over folders and files: an empty folder is a usage error, .xhtml releases are
found and read as HTML, CR-only line endings survive `--fix`, and write failures end in
a clear message with exit 2 and no traceback."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

FIXABLE = "Press Release\n\nThe event was held , in Tokyo.\n\nIt ended at noon.\n"


def test_an_empty_folder_is_a_usage_error(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "notes.docx").write_bytes(b"PK")
    result = run_cli("check", str(tmp_path / "releases"))
    assert result.exit_code == 2
    assert f"no releases found under {tmp_path / 'releases'}: looked for .txt .md" in result.output
    assert ".xhtml" in result.output


def test_xhtml_releases_are_found_in_folders_and_read_as_html(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "news.xhtml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>News</title></head>'
        "<body><p>The event was held , in Tokyo.</p></body></html>\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(folder), "--format", "json", "--no-cache")
    report = json.loads(result.output)
    assert [Path(f["path"]).name for f in report["findings"]] == ["news.xhtml"]
    assert report["findings"][0]["code"] == "PR301"
    assert report["findings"][0]["line"] == 2  # HTML reader: markup is not text


def test_cr_only_line_endings_stay_cr_after_fix(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    release = tmp_path / "mac.txt"
    release.write_bytes(FIXABLE.replace("\n", "\r").encode())
    result = run_cli("check", str(release), "--fix", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    data = release.read_bytes()
    assert b"held, in Tokyo" in data
    assert b"\n" not in data and data.count(b"\r") == FIXABLE.count("\n")


def test_crlf_and_bom_stay_after_fix(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    release = tmp_path / "win.txt"
    release.write_bytes(b"\xef\xbb\xbf" + FIXABLE.replace("\n", "\r\n").encode())
    run_cli("check", str(release), "--fix", "--no-cache")
    data = release.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"held, in Tokyo.\r\n" in data


def test_fix_keeps_a_private_release_private(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    private = tmp_path / "vault" / "r.txt"
    private.parent.mkdir()
    private.write_text(FIXABLE, encoding="utf-8")
    os.chmod(private, 0o600)
    link = tmp_path / "r.txt"
    link.symlink_to(private)
    run_cli("check", str(link), "--fix", "--no-cache")
    assert link.is_symlink()
    assert "held, in Tokyo" in private.read_text(encoding="utf-8")
    assert os.stat(private).st_mode & 0o777 == 0o600


def test_a_full_disk_during_fix_is_exit_2_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    release = tmp_path / "r.txt"
    release.write_text(FIXABLE, encoding="utf-8")

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    result = run_cli("check", str(release), "--fix", "--no-cache")
    assert result.exit_code == 2
    assert f"{release}: disk full" in result.output and "Traceback" not in result.output
    assert release.read_text(encoding="utf-8") == FIXABLE
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_a_file_where_the_locales_folder_should_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(FIXABLE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    (tmp_path / "locales" / "ja").write_text("oops")
    result = run_cli("update", "-d", "locales", "-l", "ja")
    assert result.exit_code == 2
    assert "locales/ja" in result.output and "folder" in result.output
    assert "Traceback" not in result.output


def test_a_read_only_locales_folder_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    """Simulated (the tests may run as root, who writes anywhere): every temp file fails."""
    import tempfile

    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(FIXABLE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = run_cli("update", "-d", "locales", "-l", "ja")
    assert result.exit_code == 2
    assert "permission denied" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "locales" / "ja" / "LC_MESSAGES" / "r.po").exists()
