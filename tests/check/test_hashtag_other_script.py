"""PR106, PR201: a hashtag or a handle in another script ('#바다소금', '@うみしお_jp')
is the tag as its owner set it up, not residue left untranslated; the same word in the
sentence itself still is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nSea Salt Bar,うみしおバー,바다소금바,brand\n"


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR106,PR201")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("en.txt", "Fans shared photos under #바다소금바 and #うみしおバー all week.\n"),
        ("en.txt", 'The post read: "Sea Salt Bar for everyone! #바다소금바"\n'),
        ("en.txt", "Follow the team on @ソウル好き and ＃한빛 for news.\n"),
        ("ja.txt", "ファンは「#바다소금바」のタグで写真を投稿しました。\n"),
    ],
)
def test_a_tag_in_another_script_is_left_alone(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []


def test_the_same_word_in_the_sentence_is_still_residue(run_cli: Run, tmp_path: Path) -> None:
    text = "Fans bought 바다소금바 at the stand and shared #바다소금바 photos.\n"
    assert _found(run_cli, tmp_path, "en.txt", text) == [("PR106", "바다소금바")]
