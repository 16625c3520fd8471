"""PR305: a quotation mark its paragraph leaves open where no paragraph after it goes on
with the quotation ('"Every berth will be electric by 2030, the mayor said.' followed by
a paragraph of its own, '「…と述べた。' with no '」' after it). A quotation over several
paragraphs stays silent: one that opens each paragraph again and closes only in the last
(English style), one that runs on through paragraphs without marks to its closing mark
(as Japanese sets it), straight and curly marks mixed, an inch mark, a page's description
cut short and a corner bracket closed by the other one (reported as that, once)."""

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
    ("name", "text", "found", "line"),
    [
        (
            "en.txt",
            'Ferry Terminal Opens\n\nThe port welcomed the plan. "Every berth will be'
            " electric by 2030, the mayor said.\n\nThe terminal opens in June.\n",
            '"',
            3,
        ),
        (
            "en.md",
            "# Ferry Terminal Opens\n\n“Every berth will be electric by 2030, said Aiko"
            " Minami.\n\nThe terminal opens in June.\n\n“We are ready,” said the harbour"
            " master.\n",
            "“",
            3,
        ),
        (
            "ja.txt",
            "新ターミナル開業\n\n港湾局長の南愛子は「すべての岸壁を2030年までに電化します"
            "と述べました。\n\nターミナルは6月に開業します。\n",
            "「",
            3,
        ),
        (
            "ko.txt",
            "새 터미널 개장\n\n미나미 아이코 국장은 “모든 선석을 2030년까지 전기화하겠다고"
            " 말했다.\n\n터미널은 6월에 문을 연다.\n",
            "“",
            3,
        ),
        # a paragraph after it that opens a quotation of its own, two paragraphs on, is
        # another quotation
        (
            "en.txt",
            'Ferry Terminal Opens\n\n"Every berth will be electric, the mayor said.\n\n'
            'The terminal opens in June.\n\n"We are ready," said the harbour master.\n',
            '"',
            3,
        ),
    ],
)
def test_a_quotation_left_open(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: str, line: int
) -> None:
    findings = _findings(run_cli, tmp_path, name, text)
    assert [(f["found"], f["line"]) for f in findings] == [(found, line)]
    assert "never closed" in str(findings[0]["message"])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # English style: each paragraph opens again, the last closes
        (
            "en.txt",
            'Remarks\n\nAiko Minami said: "Three years ago we had one ferry.\n\n'
            '"Today we have eleven.\n\n"Tomorrow we will have the crews\' trust."\n',
        ),
        (
            "en.md",
            "# Remarks\n\n**A:** “That people come first.\n\n“Machines come second.”\n",
        ),
        # Japanese style: the quotation runs on without marks to its closing bracket,
        # also where the last line reads as a heading
        (
            "ja.txt",
            "ご挨拶\n\n「三年前、私たちには一隻のフェリーしかありませんでした。\n\n"
            "今では十一隻が運航しています。\n\n明日は、現場の信頼が何より大切です」\n",
        ),
        (
            "ja.txt",
            "ご挨拶\n\n「第一の段落です。\n\n「最後の段落で閉じます」\n\n以上です。\n",
        ),
        (
            "ko.txt",
            '축사\n\n남 국장은 "3년 전 우리에게는 배 한 척뿐이었다.\n\n'
            '"내일은 현장의 신뢰가 중요하다"고 말했다.\n',
        ),
        # marks mixed, an inch mark, a quotation after a dash, a question closed
        (
            "en.txt",
            'Notes\n\n“We are ready," said the crew chief. The 65" screen and the'
            ' 5\'10" cab were shown. —"Why now?" asked one reporter.\n',
        ),
        # a corner bracket closed by the other one: the mismatch alone is reported
        ("ja.txt", "新モデル「ヴェルトラ・エアリス』を発表しました。\n"),
        # a page's description, cut short
        (
            "en.html",
            '<html lang="en"><head><meta name="description" content="Minami said:'
            ' “Every berth will be..."></head><body><p>The terminal opens.</p></body>'
            "</html>\n",
        ),
    ],
)
def test_quotations_closed_or_going_on_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    found = _findings(run_cli, tmp_path, name, text)
    assert [f for f in found if "Quotation" in str(f["message"])] == []
    if "エアリス" in text:
        assert [f["found"] for f in found] == ["「ヴェルトラ・エアリス』"]


def test_paragraphs_without_quotation_marks_share_one_reading() -> None:
    # every paragraph of a release is read before any is reported: those without a mark
    # (most of a huge release's) are one object, not one each
    from prlocalize.rules.brackets import paragraph_quotes

    plain = paragraph_quotes(["The port welcomed the plan.", "It opens in June."])
    assert plain is paragraph_quotes(["港は計画を歓迎した。"])
    assert plain.left_open == [] and not plain.families and plain.opens_with is None
    quoted = paragraph_quotes(['The port welcomed the plan. "Every berth, the mayor said.'])
    assert quoted is not plain
    assert quoted.left_open
