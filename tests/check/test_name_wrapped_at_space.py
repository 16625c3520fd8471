"""PR105: a Japanese name that a hard-wrapped e-mail release breaks where its space was
(the family name ends one line, the given name opens the next) is the name as the
glossary writes it, not another spelling; the same name written without its space on
one line still is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nTaro Nishikawa,西川 太郎,person\n"
HEAD = "新社長の西川 太郎は、4月1日付で就任します。\n\n"


def test_name_broken_at_its_space_by_the_wrap_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = HEAD + (
        "新社長は「当社が築いてきた基盤の上に、海外の販売網を一段と広げて\n"
        "まいります」と述べています。なお、監査役候補者の山田 花子氏と西川\n"
        "太郎との間に親族関係はありません。両名とも本日の取締役会で内定し\n"
        "ました。\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR105") == []


def test_name_without_its_space_on_one_line_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = HEAD + (
        "新社長は「当社が築いてきた基盤の上に、海外の販売網を一段と広げて\n"
        "まいります」と述べています。なお、監査役候補者の山田 花子氏と\n"
        "西川太郎との間に親族関係はありません。両名とも本日の取締役会で内定\n"
        "しました。\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR105") == [
        ("PR105", "西川太郎")
    ]
