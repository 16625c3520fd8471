"""PR204: a link whose whole text says to open what it leads to ('論文を読む', '논문 보기',
'Read the paper', 'Download the report (PDF)'), as research releases end, left in
another language than the release's is untranslated on a working link too: a verb and
its object is no name. A name, a journal's title, an English title in title case and
the release's own language stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.md",
            "# Enzyme found in hot springs works at 95 °C\n\n"
            "The team found the enzyme in water samples from three hot springs. "
            "The study appears in [Extremophile Letters](https://j.example.org/el) today.\n\n"
            "The paper is free to read from today: "
            "[論文を読む](https://doi.org/10.5555/el.2026.114)\n\n"
            "The samples were taken with help from "
            "[霧島温泉研究所](https://kiri.example.jp), a partner.\n\n"
            "A summary for readers in Korea is on the same page: "
            "[논문 보기](https://doi.org/10.5555/el.2026.114)\n\n"
            "The loggers were made by "
            "[한빛스마트링크](https://hanbit-link.example.kr) in Daejeon.\n\n"
            "The measurements are published with the paper: "
            "[資料へのリンク](https://kiri.example.jp/pdf)\n",
            ["論文を読む", "논문 보기", "資料へのリンク"],
        ),
        (
            "ja.md",
            "# 温泉から新しい酵素を発見\n\n"
            "研究チームは三つの温泉の水から新しい酵素を見つけました。"
            "論文は『Extremophile Letters』に掲載されました。\n\n"
            "論文は本日から無料で読むことができます。[Read the paper](https://doi.org/10.5555/el.2026.114)\n\n"
            "研究の様子はテレビ番組[Read the Room](https://tv.example.jp/rr)でも紹介されます。\n\n"
            "測定したすべての値も公開しています。[Download the full dataset (CSV, 2 MB)](https://kiri.example.jp/d.csv)\n\n"
            "論文は出版社のサイトで読めます。[論文を読む](https://doi.org/10.5555/el.2026.114)\n",
            ["Read the paper", "Download the full dataset (CSV, 2 MB)"],
        ),
        (
            "ko.md",
            "# 온천에서 새 효소 발견\n\n"
            "연구팀은 온천 세 곳의 물에서 새로운 효소를 찾았다. 논문은 국제학술지에 실렸다.\n\n"
            "연구 과정을 담은 영상도 공개했다. [Watch the video](https://v.example.kr/1)\n\n"
            "논문은 출판사 누리집에서 무료로 읽을 수 있다. [논문 원문 보기](https://doi.org/10.5555/el.2026.114)\n\n"
            "학술지 [Extremophile Letters](https://j.example.org/el)는 매달 나온다.\n",
            ["Watch the video"],
        ),
    ],
)
def test_links_to_open_the_paper_in_another_language(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "--format", "json", "--no-cache")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR204"] == found
    assert not [f for f in findings if f["code"] in {"PR201", "PR202", "PR203"}]


def test_the_same_words_in_running_text_are_no_link_phrase(run_cli: Run, tmp_path: Path) -> None:
    # '보기 드문' (rare) and '논문을 읽다' are prose of a Korean or Japanese release
    release = tmp_path / "ko.md"
    release.write_text(
        "# 온천 효소\n\n이번 논문 보기 드문 결과를 담았다. 자세한 내용은 논문을 읽으면 된다.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "--format", "json", "--no-cache")
    assert json.loads(result.stdout)["findings"] == []
