"""A newline or another control character in a file or folder name must not add lines
to a template's header or `#:` references: the template and the catalogs made from it
pass `msgfmt --check` and read back with one reference per occurrence."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import read_catalog

RELEASE = "Press Release\n\nThe event was held in Tokyo.\n"


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ('news\nmsgid "x"', "r.txt"),
        ("news", 'r\nmsgstr "injected".txt'),
        ("news\x01", "r\x0b\u2028b.txt"),
    ],
    ids=["newline-in-folder", "newline-in-file", "other-controls"],
)
def test_control_characters_in_names_stay_inside_their_comment(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run_cli: Callable[..., Result],
    folder: str,
    name: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / folder).mkdir()
    (tmp_path / folder / name).write_text(RELEASE, encoding="utf-8")
    result = run_cli("extract", folder, "-d", "locales")
    assert result.exit_code == 0, result.output
    (pot,) = (tmp_path / "locales").glob("*.pot")
    text = pot.read_text(encoding="utf-8")
    header = text.split('msgid ""')[0].splitlines()
    assert len(header) == 4 and all(line.startswith("#") for line in header), header
    assert all(line.startswith(("#", "msg", '"')) or not line for line in text.splitlines())
    catalog = read_catalog(pot)
    assert [len(m.locations) for m in catalog if m.id] == [1, 1]
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    (po,) = (tmp_path / "locales").glob("ja/LC_MESSAGES/*.po")
    for path in (pot, po):
        check = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stderr
