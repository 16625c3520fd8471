"""PR104: a romanised name in brackets right after the same name in kanji ('小野寺 葵
(Onodera Aoi)') is that name's reading, in the order it is written, not a reversed name;
the same words in running text are still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nAoi Onodera,小野寺 葵,person\n"


def test_reading_after_the_kanji_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        "Aoi Onodera leads the study. In Japanese her name is written 小野寺 葵"
        " (Onodera Aoi), or 小野寺葵（Onodera Aoi）in a byline.\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR104") == []


def test_reversed_name_in_running_text_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = "Aoi Onodera leads the study. Onodera Aoi (Tokyo) joined in 2024.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR104") == [
        ("PR104", "Onodera Aoi")
    ]


def test_hangul_name_in_brackets_after_a_stage_name_is_reported(
    run_cli: Cli, tmp_path: Path
) -> None:
    glossary = "en,ko,kind\nAoi Onodera,오노데라 아오이,person\n"
    text = "- 아오이(아오이 오노데라): 보컬\n\n오노데라 아오이는 2024년에 데뷔했다.\n"
    assert cli_found(run_cli, tmp_path, glossary, "ko.txt", text, "PR104") == [
        ("PR104", "아오이 오노데라")
    ]
