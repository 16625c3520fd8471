"""`build` never reads or writes a special file in place of a page: a page that is a
link to /dev/full or a FIFO is refused with exit 2 at once, and nothing else changes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

RELEASE = "Press Release\n\nThe event was held in Tokyo.\n"


@pytest.mark.parametrize("kind", ["dev-full", "fifo"])
def test_a_special_file_as_output_page_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result], kind: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    page = tmp_path / "dist" / "ja" / "r.html"
    page.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(page)
    elif os.path.exists("/dev/full"):
        page.symlink_to("/dev/full")
    else:
        pytest.skip("no /dev/full")
    result = run_cli("build", "r.txt", "-d", "locales", "-l", "ja", "-o", "dist")
    assert result.exit_code == 2, result.output
    assert "prlocalize writes only regular files" in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in page.parent.iterdir()) == ["r.html"]
