"""PR301: a full stop left before the comma that closes a quotation ('…every night.,"
said', '…늘리겠다.,"고 밝혔다'): the sentence's stop was turned into the attribution's
comma and not removed. An abbreviation's stop before the comma ('etc.,"', 'Inc.,"',
'a.m.,"', 'U.S.,"') stays alone, as does a comma alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _findings(run_cli: Cli, tmp_path: Path, text: str, lang: str) -> list[dict[str, object]]:
    release = tmp_path / f"{lang}.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR301", "--no-cache",
        "--source-lang", lang, "--format", "json",
    )  # fmt: skip
    return list(json.loads(result.stdout)["findings"])


@pytest.mark.parametrize(
    ("text", "lang", "suggestion"),
    [
        ('"The ferries will run every night.," said Aiko Minami.\n', "en", ","),
        ("“The ferries will run every night.,” said Aiko Minami.\n", "en", ","),
        ("'The ferries will run every night.,' she said.\n", "en", ","),
        ('미나미 국장은 "배는 매일 밤 운항하겠다.,"고 밝혔다.\n', "ko", ""),
    ],
)
def test_a_stop_left_before_the_quotations_comma(
    run_cli: Cli, tmp_path: Path, text: str, lang: str, suggestion: str
) -> None:
    findings = _findings(run_cli, tmp_path, text, lang)
    assert [(f["found"], f["suggestion"]) for f in findings] == [(".,", suggestion)]


def test_the_fix_keeps_the_comma(run_cli: Cli, tmp_path: Path) -> None:
    release = tmp_path / "en.txt"
    release.write_text('"The ferries will run every night.," said Aiko Minami.\n')
    result = run_cli("check", str(release), "--select", "PR301", "--no-cache", "--fix")
    assert result.exit_code == 0
    assert release.read_text() == '"The ferries will run every night," said Aiko Minami.\n'


@pytest.mark.parametrize(
    "text",
    [
        '"We bring tools, spare parts, etc.," said Aiko Minami.\n',
        '"We supply Harbor Tools Inc.," said Aiko Minami.\n',
        '"The ferry leaves at 6 a.m.," said Aiko Minami.\n',
        '"We also sell in the U.S.," said Aiko Minami.\n',
        '"We sold it to Minami et al.," the report said.\n',
        '"The ferries will run every night," said Aiko Minami.\n',
    ],
)
def test_an_abbreviations_stop_or_a_comma_alone_stays_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _findings(run_cli, tmp_path, text, "en") == []
