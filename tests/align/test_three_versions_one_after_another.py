"""A release published in three languages in one file, one version after the other (the
Japanese, then '[English]' and the English, then '[한국어]' and the Korean), as city
offices and museums publish notices for visitors: each translation pairs with the
English. It was refused as 'one file that holds one language' (three languages in one
run each are neither one change of language nor languages taking turns)."""

from __future__ import annotations

import json
from pathlib import Path

from prlocalize.readers.bilingual import two_languages

ROWS = [
    (
        "Hoshimi Planetarium to Reopen After Renovation",
        "星見プラネタリウム、改修を終えて再開",
        "호시미 플라네타륨, 보수 마치고 재개관",
    ),
    (
        "Hoshimi City Planetarium will reopen on July 20 after eight months of renovation.",
        "星見市立プラネタリウムは、8か月間の改修を終え、7月20日に再開します。",
        "호시미시립플라네타륨은 8개월간의 보수를 마치고 7월 20일 다시 문을 연다.",
    ),
    (
        "The new projector can show about 100 million stars.",
        "新しい投影機は約1億個の星を映し出すことができます。",
        "새 투영기는 약 1억 개의 별을 보여 줄 수 있다.",
    ),
    (
        "Tickets cost 600 yen for adults.",
        "観覧料は大人600円です。",
        "관람료는 성인 600엔이다.",
    ),
]


def _text() -> str:
    def version(column: int) -> str:
        return "\n\n".join(row[column] for row in ROWS)

    return f"{version(1)}\n\n[English]\n\n{version(0)}\n\n[한국어]\n\n{version(2)}\n"


def _pairs(stdout: str) -> dict[str, list[tuple[str, str]]]:
    return {
        pair["target_lang"]: [
            (b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]
        ]
        for pair in json.loads(stdout)["pairs"]
    }


def test_each_translation_pairs_with_the_english(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "planetarium-0720.txt").write_text(_text(), encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    assert _pairs(result.stdout) == {
        "ja": [(e, j) for e, j, _ in ROWS],
        "ko": [(e, k) for e, _, k in ROWS],
    }


def test_one_file_aligns_the_two_asked_for(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("planetarium.txt").write_text(_text(), encoding="utf-8")
    result = run_cli("align", "planetarium.txt", "--target-lang", "ko", "--format", "json")
    assert result.exit_code == 0, result.output
    assert _pairs(result.stdout) == {"ko": [(e, k) for e, _, k in ROWS]}


def test_a_release_quoting_two_languages_is_one_version(tmp_path: Path) -> None:
    """An English release that quotes a Japanese and a Korean line holds one version."""
    english = "\n\n".join(row[0] for row in ROWS)
    text = f"{english}\n\n「新しい星空をお楽しみください」\n\n{english}\n\n'새로운 별하늘'\n"
    path = tmp_path / "planetarium.txt"
    path.write_text(text, encoding="utf-8")
    assert two_languages(path) is None
