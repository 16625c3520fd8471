"""PR1xx: a correction notice quotes, on purpose, the wrong form it corrects ('（誤）村瀬
達雄', '(정정 전) 무라세 다츠요', 'incorrectly gave his name as "Tatsuo Murasse"'); that
quote is not a misspelt name. The same wrong form elsewhere in the release still is."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nTatsuo Murase,村瀬 達夫,무라세 다쓰오,person\n"


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str, int]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache",
        "--select", "PR1",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    return [(f["code"], f["found"], f["line"]) for f in findings]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "記載に誤りがありました。\n\n（誤）営業部長　村瀬 達雄\n"
                   "（正）営業部長　村瀬 達夫\n"),
        ("ja.txt", "訂正のお知らせ\n\n誤：村瀬 達雄　正：村瀬 達夫\n"),
        ("ja.txt", "本文中で「村瀬 達雄」と記載しておりましたが、正しくは「村瀬 達夫」です。\n"),
        ("ko.txt", "다음과 같이 바로잡습니다.\n\n(정정 전) 무라세 다쓰요 부장\n"
                   "(정정 후) 무라세 다쓰오 부장\n"),
        ("en.txt", 'Correction: the release incorrectly gave his name as "Tatsuo Murasse". '
                   "The correct name is Tatsuo Murase.\n"),
        ("en.txt", "Correction notice.\n\nIncorrect: Tatsuo Murasse, Sales Director\n"
                   "Correct: Tatsuo Murase, Sales Director\n"),
    ],
)  # fmt: skip
def test_the_quoted_wrong_form_is_no_defect(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "ja.txt",
            "（誤）村瀬 達雄\n（正）村瀬 達夫\n\n"
            "営業部長の村瀬 達雄は「申し訳ありません」と述べました。\n",
            [("PR102", "村瀬 達雄", 4)],
        ),
        (
            "en.txt",
            'We incorrectly gave his name as "Tatsuo Murasse".\n\n'
            '"We apologise," said Tatsuo Murasse, Sales Director.\n',
            [("PR102", "Murasse", 3)],
        ),
    ],
)
def test_the_wrong_form_elsewhere_is_still_reported(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[tuple[str, str, int]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Correction: an earlier version spelled the term as X.",
        "The name, previously given as X, is Y.",
        "An original version of this release misstated it.",
        "The previous  version wrongly named him.",
        "Clarification: the original version listed X.",
        "His name was previously spelt as X.",
    ],
)
def test_the_quick_test_lets_every_correction_through(text: str) -> None:
    from prlocalize.rules import errata

    assert errata._EN_CORRECTION.search(text) or errata._EN_TRIGGER.search(text)
    assert errata._ANY_CORRECTION.search(text)


@pytest.mark.parametrize(
    "text",
    ["Version 2 of the app ships today.", "The plant previously made engines."],
)
def test_a_release_that_merely_says_version_is_not_read_for_corrections(text: str) -> None:
    from prlocalize.rules import errata

    assert errata._ANY_CORRECTION.search(text) is None
