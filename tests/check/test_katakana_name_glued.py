"""PR101: a foreign name the glossary writes in katakana with a middle dot or an equals
sign ('ルーカス・ベルナー', 'パク・ソヨン', 'ジャン＝ポール') written without it
('ルーカスベルナー', 'パクソヨン') is glued, and the fix puts the glossary's mark back:
Japanese never runs such a name together, as it does a Japanese name in kanji
('森田恵子' for '森田 恵子' stays silent). The letters inside a longer katakana word
('ルーカスベルナーズ') and the name as the glossary writes it stay silent too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Lukas Werner,ルーカス・ベルナー,루카스 베르너,person\n"
    "Park So-yeon,パク・ソヨン,박소연,person\n"
    "Jean-Paul Roux,ジャン＝ポール・ルー,장폴 루,person\n"
    "Keiko Morita,森田 恵子,모리타 게이코,person\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return cli_found(
        run_cli,
        tmp_path,
        GLOSSARY,
        "ja.txt",
        text,
        None,
        ("code", "found", "suggestion"),
        code="PR101",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ルーカスベルナー氏が登壇します。\n", ("PR101", "ルーカスベルナー", "ルーカス・ベルナー")),
        ("- パクソヨン（デザイン本部長）\n", ("PR101", "パクソヨン", "パク・ソヨン")),
    ],
)
def test_a_katakana_name_without_its_dot(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "ルーカス・ベルナー氏とパク・ソヨン氏が登壇します。\n",
        "ジャン＝ポール・ルー氏が登壇します。\n",
        "森田恵子が登壇します。\n",
        "ルーカスベルナーズ社の製品を紹介します。\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
