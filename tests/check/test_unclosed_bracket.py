"""PR305: a round, square or lenticular bracket its paragraph never closes ('고객센터(1588-
4127는 …', 'お問い合わせ窓口（受付時間：9:00～18:00。'); a bracket closed in a later sentence
of the paragraph, by the other width (reported as that), around an interval ('[0, 1)'),
a corner quote running over paragraphs and a bracket inside an address stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _findings(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[dict[str, object]]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR305", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    return list(json.loads(result.stdout)["findings"])


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ko.txt", "고객센터(1588-4127는 12월 6일(토)까지 운영한다.\n", "("),
        ("ja.txt", "お問い合わせ窓口（受付時間：9:00～18:00、土日祝を除く。\n", "（"),
        ("en.txt", "Call the helpline (0120-375-902 on weekdays.\n", "("),
        ("en.md", "# Notice of System Outage (Update 2\n\nService is restored.\n", "("),
        ("ja.txt", "【大阪 2025年12月2日 ハルカゼ通販は本日、調査結果を公表しました。\n", "【"),
    ],
)
def test_a_bracket_never_closed(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: str
) -> None:
    findings = _findings(run_cli, tmp_path, name, text)
    assert [f["found"] for f in findings] == [found]
    assert "never closed" in str(findings[0]["message"])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "対象製品（型番：KT-5は含まない。KT-6は含む）を回収します。\n"),
        ("en.txt", "Scores fall in [0, 1) for every model.\n"),
        ("ja.txt", "社長は「深くお詫びします。\n\n再発防止に全力を尽くします」と述べた。\n"),
        ("en.md", "See [the notice](https://example.com/notice_(update)) for details.\n"),
        ("ko.txt", "1) 비밀번호를 변경한다. 2) 문자 메시지의 링크를 열지 않는다.\n"),
    ],
)
def test_closed_brackets_and_others_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _findings(run_cli, tmp_path, name, text) == []
