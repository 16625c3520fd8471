"""``glossary suggest`` on a Japanese–Korean archive with no English: a Japanese person
in kanji and the Korean that writes the name as it sounds ('高田 恵子', '다카다 게이코'), a
Korean person and the katakana that writes the name ('윤하은', 'ユン・ハウン'), become
candidates with both forms and their parts; names that read otherwise are not paired.
Before, such pairs gave no candidate at all (the names were matched English-first)."""

from __future__ import annotations

from pathlib import Path

from prlocalize.glossary.model import PersonName
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

ROWS = [
    (
        "金沢ビューティー商事の副社長、森重 拓也氏は「関心は高まっています」と述べています。",
        '모리시게 다쿠야 가나자와뷰티상사 부사장은 "관심이 높아지고 있다"고 말했다.',
    ),
    ("森重 拓也副社長が開会のあいさつをしました。", "모리시게 다쿠야 부사장이 개회사를 했다."),
    (
        "代表取締役のユン・ハウンは「大阪店は出発点となります」と述べています。",
        '윤하은 대표이사는 "오사카 매장은 출발점이 될 것"이라고 말했다.',
    ),
    ("ユン・ハウン代表は本日、大阪を訪れました。", "윤하은 대표는 이날 오사카를 방문했다."),
    ("研究は高田恵子教授が率いました。", "연구는 다카다 게이코 교수가 이끌었다."),
]


def _candidates(rows: list[tuple[str, str]], **options: float) -> dict[str, Candidate]:
    pairs = [SentencePair("ko", ko, "ja", ja, f"r{i}") for i, (ja, ko) in enumerate(rows)]
    return {c.forms["ja"]: c for c in suggest(pairs, **options).candidates if "ja" in c.forms}


def test_japanese_and_korean_people_are_found_without_english() -> None:
    found = _candidates(ROWS, min_confidence=0.0)
    assert found["森重 拓也"].forms == {"ja": "森重 拓也", "ko": "모리시게 다쿠야"}
    assert found["森重 拓也"].parts == {
        "ja": PersonName("拓也", "森重"),
        "ko": PersonName("다쿠야", "모리시게"),
    }
    assert found["ユン・ハウン"].forms == {"ja": "ユン・ハウン", "ko": "윤하은"}
    assert found["ユン・ハウン"].parts["ko"] == PersonName("하은", "윤")
    assert found["高田恵子"].forms["ko"] == "다카다 게이코"
    assert found["森重 拓也"].pairs == 2


def test_names_that_read_otherwise_are_not_paired() -> None:
    rows = [
        ("研究は高田恵子教授が率いました。", "연구는 다카하시 유이 교수가 이끌었다."),
        ("社長の朴 書妍が述べた。", "박서연 사장이 말했다."),  # kanji read the Japanese way
    ]
    assert _candidates(rows, min_confidence=0.0) == {}


def test_suggest_cli_on_a_japanese_korean_archive(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for lang in ("ja", "ko"):
        Path(lang).mkdir()
    Path("ja/visit.txt").write_text(
        "森重 拓也副社長が来日しました。\n\n"
        "森重 拓也副社長は「関心は高まっています」と述べました。\n",
        encoding="utf-8",
    )
    Path("ko/visit.txt").write_text(
        "모리시게 다쿠야 부사장이 방한했다.\n\n"
        '모리시게 다쿠야 부사장은 "관심이 높아지고 있다"고 말했다.\n',
        encoding="utf-8",
    )
    Path("empty.csv").write_text("ja,ko,kind\n", encoding="utf-8")
    result = run_cli("glossary", "suggest", ".", "-o", "candidates.csv", "-g", "empty.csv")
    assert result.exit_code == 0, result.output
    rows = Path("candidates.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,kind,ja,ko,")
    assert rows[1].split(",")[2:4] == ["森重 拓也", "모리시게 다쿠야"]
    assert run_cli("glossary", "lint", "candidates.csv").exit_code == 0
