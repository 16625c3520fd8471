"""A release kept as a table with a column per language, three of them ('| English |
日本語 | 한국어 |'), as ministries and ports publish notices: each translation pairs with
the English. It was refused as 'one file that holds one language', and `--pairs` left
it without a partner."""

from __future__ import annotations

import json
from pathlib import Path

ROWS = [
    (
        "Kitamae Ferry Adds a Night Service",
        "北前フェリー、夜行便を新設",
        "기타마에 페리, 야간편 신설",
    ),
    (
        "Kitamae Ferry will add a night service between Tsuruga and Otaru from June 1.",
        "北前フェリーは6月1日から、敦賀と小樽を結ぶ夜行便を新設します。",
        "기타마에 페리는 6월 1일부터 쓰루가와 오타루를 잇는 야간편을 신설한다.",
    ),
    (
        "The ship can carry 600 passengers and 150 trucks.",
        "船は旅客600人とトラック150台を運べます。",
        "배는 승객 600명과 트럭 150대를 실을 수 있다.",
    ),
    (
        "The crossing takes 19 hours.",
        "所要時間は19時間です。",
        "소요 시간은 19시간이다.",
    ),
]


def _write(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    lines = ["| English | 日本語 | 한국어 |", "|---|---|---|"]
    lines += [f"| {e} | {j} | {k} |" for e, j, k in ROWS]
    path = folder / "notice-2027-05.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pairs(stdout: str) -> dict[str, list[tuple[str, str]]]:
    return {
        pair["target_lang"]: [
            (b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]
        ]
        for pair in json.loads(stdout)["pairs"]
    }


def test_each_translation_pairs_with_the_english(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "archive")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    pairs = _pairs(result.stdout)
    assert pairs == {
        "ja": [(e, j) for e, j, _ in ROWS],
        "ko": [(e, k) for e, _, k in ROWS],
    }


def test_one_file_aligns_the_two_asked_for(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _write(tmp_path)
    result = run_cli("align", str(path), "--target-lang", "ko", "--format", "json")
    assert result.exit_code == 0, result.output
    assert _pairs(result.stdout) == {"ko": [(e, k) for e, _, k in ROWS]}


def test_one_file_without_languages_asks_which(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _write(tmp_path)
    result = run_cli("align", str(path), "--format", "json")
    assert result.exit_code == 2
    assert "holds 3 versions (en, ja, ko)" in result.output
    assert "--target-lang" in result.output
