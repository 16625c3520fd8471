"""A newline a translator left at either end of a msgstr (an Enter pressed in a text
editor) is dropped by ``update``: msgfmt --check refused the whole catalog for it
("'msgid' and 'msgstr' entries do not both end with '\\n'"), while compile took it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from catalog_support import assert_valid_catalog
from click.testing import Result

Cli = Callable[..., Result]

RELEASE = (
    "Seiryu Library extends its opening hours\n"
    "\n"
    "The central branch will stay open until 9 p.m. on weekdays from June 3.\n"
    "\n"
    "Study rooms can be booked online.\n"
)
WORK = {
    "Seiryu Library extends its opening hours": "\n세이류 도서관, 개관 시간 연장",
    "The central branch will stay open until 9 p.m. on weekdays from June 3.": (
        "중앙관은 6월 3일부터 평일 오후 9시까지 문을 연다.\n"
    ),
    "Study rooms can be booked online.": "스터디룸은\n온라인으로 예약할 수 있다.",
}


def test_update_drops_a_stray_newline_and_keeps_the_rest(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hours.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "hours.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ko").exit_code == 0
    path = tmp_path / "locales" / "ko" / "LC_MESSAGES" / "hours.po"
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = WORK[entry.msgid]
    po.save(str(path))
    result = run_cli("update", "-d", "locales", "-l", "ko")
    assert result.exit_code == 0, result.output
    assert_valid_catalog(path)
    after = {e.msgid: e.msgstr for e in polib.pofile(str(path))}
    assert after == {
        "Seiryu Library extends its opening hours": "세이류 도서관, 개관 시간 연장",
        "The central branch will stay open until 9 p.m. on weekdays from June 3.": (
            "중앙관은 6월 3일부터 평일 오후 9시까지 문을 연다."
        ),
        # a line break inside the translation is the translator's, and msgfmt takes it
        "Study rooms can be booked online.": "스터디룸은\n온라인으로 예약할 수 있다.",
    }
