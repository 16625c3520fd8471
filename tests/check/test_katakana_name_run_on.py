"""PR102: a katakana name spelt another way ('ヴァ' typed 'バ') is found where a middle dot
runs it into the country or the company beside it ('ミラン・ホラバ・ルステニア共和国大統領',
as a ministry writes a head of state); the name as the glossary writes it, run on in the
same way, stays silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nMilan Horava,ミラン・ホラヴァ,person\nRustenia,ルステニア共和国,place\n"


def test_name_run_into_the_country_is_read_alone(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        "ミラン・ホラバ・ルステニア共和国大統領閣下は、国賓として来日しました。\n\n"
        "ルステニア・ミラン・ホラバ友好協会が歓迎しました。\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR102") == [
        ("PR102", "ミラン・ホラバ"),
        ("PR102", "ミラン・ホラバ"),
    ]


def test_name_as_written_run_on_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        "ミラン・ホラヴァ・ルステニア共和国大統領閣下は、国賓として来日しました。\n\n"
        "ルステニア・ミラン・ホラヴァ友好協会が歓迎しました。\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR102") == []
