"""PR202: a link's label left alone as its paragraph when the text was copied from a web
page ('▶ 자세히 보기', '보도자료 원문 바로가기', 'Read more →'), and a phrase that points at a
link after it ('the link below', '以下のリンク', '下記URL', '아래 링크') with none there,
send readers nowhere. With the address or a link in the paragraph or just after it, and
a heading that only looks like a label ('Details', '다운로드'), they stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR202", "--no-cache", "--format", "json",
        "--source-lang", name.split(".")[0],
    )  # fmt: skip
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "ko.txt",
            "구단은 12일 이적을 발표했다.\n\n▶ 자세히 보기\n\n보도자료 원문 바로가기\n",
            ["자세히 보기", "보도자료 원문 바로가기"],
        ),
        ("en.txt", "The resort opens in December.\n\nRead more →\n", ["Read more"]),
        (
            "en.txt",
            "To register for the briefing, please use the link below.\n\nThe resort opens in "
            "December.\n",
            ["link below"],
        ),
        ("ja.txt", "製品情報は以下のリンクからご確認いただけます。\n\n以上\n", ["以下のリンク"]),
        ("ja.txt", "本日、承認を取得しました。\n\n詳細は下記URLをご参照ください。\n", ["下記URL"]),
        ("ko.txt", "자세한 내용은 아래 링크를 참고하면 된다.\n\n끝.\n", ["아래 링크"]),
    ],
)
def test_a_link_left_behind(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == [("PR202", f) for f in found]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "ko.txt",
            "김해 하늘 FC는 12일 공격수 이적을 발표했다고 밝혔다.\n\n▶ 자세히 보기\n"
            "https://www.example.com/news/12\n\n끝.\n",
        ),
        (
            "ko.md",
            "구단은 12일 이적을 발표했다.\n\n[보도자료 원문 바로가기](https://example.com/r)\n",
        ),
        (
            "en.md",
            "To register, please use the link below.\n\n[Media registration](https://example.com/m)\n",
        ),
        (
            "ja.txt",
            "本日、承認を取得しました。\n\n詳細は下記URLをご参照ください。\n"
            "https://www.example.com/ja/\n\n以上\n",
        ),
        (
            "ko.txt",
            "자세한 내용은 아래 링크를 참고하면 된다.\n\n■ 관련 자료\n\n"
            "https://www.example.com/ko/\n",
        ),
        ("en.txt", "The resort opens in December.\n\nDetails\n\nOpening: December 1.\n"),
        ("ko.txt", "구단은 12일 이적을 발표했다.\n\n다운로드\n\n사진 3장(zip)\n"),
    ],
)
def test_with_its_target_or_a_heading_it_stays_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
