"""A person named in one katakana word (a stage name: 'リリカ', 'カナデ') with one kana
slipped ('リリガ', 'カナテ': a voiced mark, a small kana typed large, a look-alike, a kana
typed twice) is misspelt (PR102) where the release also writes the name right; alone it
may be another name, and a word the glossary writes itself, a longer word and a name
of two words beside it are not that name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "RIRIKA,リリカ,리리카,person\n"
    "KANADE,カナデ,카나데,person\n"
    "Ririga Resort,リリガ,리리가,place\n"
    "Lumie,ルミエ,루미에,brand\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("カナデとリリカが出演。\n\nカナテ：「夏を走り抜けたい」", [("カナテ", "カナデ")]),
        ("カナデが作詞した。\n\nカナデデ：「ありがとう」", [("カナデデ", "カナデ")]),
        # alone, the changed name may be another's; the glossary's own word; a longer
        # word; a name of two words
        ("カナテ：「夏を走り抜けたい」", []),
        ("リリカがリリガで撮影した。", []),
        ("カナデがカナテラスで撮影した。カナテ・ロペス氏も参加。", []),
        # a product's model name in one katakana word slips the same way (a recall
        # notice's table), where the release also writes it right
        ("「ルミエ」のリコールについて\n\n対象車種：「ルミェ」", [("ルミェ", "ルミエ")]),
        ("「ルミエ」のリコールについて\n\n対象車種：「ルミヘ」", []),
        ("対象車種：「ルミェ」", []),
    ],
)
def test_one_word_katakana_names(
    run_cli: Run, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "release.ja.txt"
    release.write_text("お知らせ\n\n" + text + "\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR102"] == found
