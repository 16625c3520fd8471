"""A format flag on a returned catalog's entry ('#, python-format', '#, c-format') is
dropped by ``update``: a release's sentence is no format string, and msgfmt --check
(and every tool that runs it) refused the catalog for "up 12% on" ('% o')."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from catalog_support import assert_valid_catalog
from click.testing import Result

Cli = Callable[..., Result]

RELEASE = (
    "Kogane Transit adds Sunday buses\n"
    "\n"
    "Sunday ridership rose 12% on the coastal line last year.\n"
    "\n"
    "Buses will run every 20 minutes from 7 a.m.\n"
    "\n"
    "A day pass costs 900 yen.\n"
)
WORK = {
    "Kogane Transit adds Sunday buses": "黄金交通、日曜便を増便",
    "Sunday ridership rose 12% on the coastal line last year.": (
        "昨年、沿岸線の日曜の利用者は12%増えました。"
    ),
    "Buses will run every 20 minutes from 7 a.m.": "バスは午前7時から20分ごとに運行します。",
    "A day pass costs 900 yen.": "1日乗車券は900円です。",
}


def _returned(tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "buses.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "buses.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    path = tmp_path / "locales" / "ja" / "LC_MESSAGES" / "buses.po"
    po = polib.pofile(str(path), wrapwidth=79)
    for entry in po:
        entry.msgstr = WORK[entry.msgid]
        if "%" in entry.msgid:
            entry.flags.append("python-format")
        if "minutes" in entry.msgid:
            entry.flags.append("c-format")
    po.metadata["X-Generator"] = "Poedit 2.4"
    po.save(str(path))
    check = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert check.returncode != 0  # (what the translator's tool sent back)
    return path


def test_update_drops_the_format_flags_and_keeps_the_work(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _returned(tmp_path, run_cli, monkeypatch)
    result = run_cli("update", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert "-format" not in text
    assert_valid_catalog(path)
    assert {e.msgid: e.msgstr for e in polib.pofile(str(path))} == WORK
    assert "X-Generator: Poedit 2.4" in text  # the file keeps its style otherwise


def test_no_wrap_and_no_format_flags_stay(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'no-c-format' asks msgfmt for no check, and 'no-wrap' is no format flag."""
    path = _returned(tmp_path, run_cli, monkeypatch)
    text = path.read_text(encoding="utf-8")
    text = text.replace("#, python-format", "#, no-python-format, no-wrap")
    path.write_text(text.replace("#, c-format", "#, no-c-format"), encoding="utf-8")
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    after = path.read_text(encoding="utf-8")
    assert "no-python-format" in after and "no-wrap" in after and "no-c-format" in after
    assert_valid_catalog(path)
