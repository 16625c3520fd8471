"""PR102: a glossary person's Japanese name with the given name as written and the family
name in other kanji of the same reading ('伊東 正樹' for '伊藤 正樹', '社長辻元正樹') is the
person's name slipped where the release also names them as the glossary writes it; a
family of the same reading in a release that never names the glossary's person, and
another given name after it, are other people."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nMasaki Ito,伊藤 正樹,person\nMasaki Tsujimoto,辻本 正樹,person\n"
RIGHT = "新社長の伊藤 正樹と辻本 正樹は、4月1日付で就任します。\n\n"


def test_family_name_in_other_kanji_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        RIGHT
        + "伊東 正樹は「全力を尽くします」と述べています。代表取締役社長辻元正樹が出席します。\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR102") == [
        ("PR102", "伊東 正樹"),
        ("PR102", "辻元正樹"),
    ]


def test_other_people_of_the_same_reading_pass(run_cli: Cli, tmp_path: Path) -> None:
    alone = "作家の伊東 正樹さんが講演します。\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", alone, "PR102") == []
    others = RIGHT + "伊東 正道さんと、元辻正樹さんも出席します。\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja2.txt", others, "PR102") == []
