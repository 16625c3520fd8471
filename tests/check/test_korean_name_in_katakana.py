"""PR105: a Korean person the team sheet writes in kanji in Japanese ('李敏浩', beside
the Korean '이민호' of one word) and a Japanese release names both so and in katakana
('イ・ミンホ所長', 'イ・ミノ', the katakana read from the Hangul as Japanese
transcribes Korean) is one person written two ways. Katakana alone, a reading in
brackets after the name, a form the sheet lists, another Korean name, and a Japanese
person (whose Hangul is itself a transcription) stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind,variants:ja\n"
    "Lee Min-ho,李敏浩,이민호,person,\n"
    "Hwang Jeong-eun,黄貞恩,황정은,person,ファン・ジョンウン\n"
    "Kim Yeon-a,金妍兒,김연아,person,\n"
    "Aya Morikawa,森川 彩,모리카와 아야,person,\n"
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
        code="PR105",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "当社は李敏浩がソウル支社長に就任したと発表しました。\n\n"
            "イ・ミンホ支社長は「顧客の近くで働きたい」と述べています。\n",
            ("PR105", "イ・ミンホ", "李敏浩"),
        ),
        (
            "金妍兒氏が審査委員長を務めます。\n\n"
            "キム・ヨナ委員長は「公正に審査する」と述べています。\n",
            ("PR105", "キム・ヨナ", "金妍兒"),
        ),
        (
            "李敏浩が登壇します。\n\nイ・ミンホ氏、森川 彩氏も出席します。\n",
            ("PR105", "イ・ミンホ", "李敏浩"),
        ),
    ],
)
def test_a_korean_name_in_kanji_and_in_katakana(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # katakana alone: the house style
        "イ・ミンホ支社長は「顧客の近くで働きたい」と述べています。\n",
        # the reading in brackets after the name
        "李敏浩（イ・ミンホ）支社長が登壇します。李敏浩支社長は挨拶します。\n",
        # a form the sheet lists
        "黄貞恩氏が登壇します。\n\nファン・ジョンウン氏は挨拶します。\n",
        # another Korean name beside the person's
        "李敏浩が登壇します。\n\nイ・ミンジュン氏、パク・ジミン氏も出席します。\n",
        # a Japanese person named in katakana (an artist's style) is not read
        "森川 彩が登壇します。\n\nモリカワ・アヤ氏も出席します。\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
