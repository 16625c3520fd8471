"""A do-not-translate term the glossary writes in capitals (a logotype, 'HOSHIZORA') and
the company's name the source writes otherwise ('Hoshizora opened…'): a term is matched
without case, but only the logotype is to be kept as written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]

GLOSSARY = "en,kind,dnt,note\nHOSHIZORA,term,yes,logotype\nFlexRoute,term,yes,\n"


def _codes(run_cli: Run, tmp_path: Path, msgid: str, msgstr: str) -> list[str]:
    sheet = tmp_path / "dnt.csv"
    sheet.write_text(GLOSSARY, encoding="utf-8")
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "codes"),
    [
        # the company's name, not the logotype: its katakana is right
        ("Hoshizora opened a store in Kobe.", "ホシゾラは神戸に店を開きました。", []),
        ("Hoshizora Opens Its First Store in Kobe", "ホシゾラ、神戸に1号店", []),
        # the logotype itself, transliterated
        ("The sign reads HOSHIZORA.", "看板にはホシゾラと書かれています。", ["PR403"]),
        ("The sign reads HOSHIZORA.", "看板にはHOSHIZORAと書かれています。", []),
        # a term not in capitals is matched without case, as before
        ("Book a seat with flexroute.", "フレックスルートで席を予約できます。", ["PR403"]),
    ],
)
def test_logotype_in_capitals(
    run_cli: Run, tmp_path: Path, msgid: str, msgstr: str, codes: list[str]
) -> None:
    assert _codes(run_cli, tmp_path, msgid, msgstr) == codes
