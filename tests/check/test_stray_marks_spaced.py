"""PR301: a mark typed with a stray space before it, the way an edit leaves it: a space
before a Japanese comma or full stop ('本日 、'), 'word ,' where the sentence stops, 'word
;' in English, and a full stop typed twice with a space between ('May. .', which the
segmenter makes a sentence of its own). A spaced ellipsis and a space that keeps a
mark out of an address stay alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _check(run_cli: Cli, tmp_path: Path, name: str, text: str, *extra: str) -> Result:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    return run_cli(
        "check", str(release), "--select", "PR301", "--no-cache",
        "--source-lang", name.split(".")[0], *extra,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "星名製薬は、本日 、承認を取得しました 。\n", [" 、", " 。"]),
        ("ko.txt", "구단은 2월 8일 출정식을 연다 ,\n", [" ,"]),
        ("ko.txt", "자세한 내용은 누리집을 참고하면 된다. .\n", ["."]),
        ("en.txt", "Guests can book online ; members can book earlier.\n", [" ;"]),
        ("en.txt", "The plant opens in May. . The rest follows.\n", ["."]),
        # a spaced ellipsis, a space that keeps the mark out of an address
        ("en.txt", "We waited . . . and then it opened. We waited. . .\n", []),
        (
            "ja.txt",
            "詳細は https://www.example.com/ja 。連絡は press@example.com 、または電話で。\n",
            [],
        ),
    ],
)
def test_a_mark_with_a_stray_space(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    result = _check(run_cli, tmp_path, name, text, "--format", "json")
    assert [f["found"] for f in json.loads(result.stdout)["findings"]] == found


def test_the_fix_takes_the_space_before_a_lone_full_stop(run_cli: Cli, tmp_path: Path) -> None:
    result = _check(
        run_cli, tmp_path, "en.txt", "The plant opens in May. . The rest follows.\n", "--diff"
    )
    assert "+The plant opens in May. The rest follows." in result.stdout
