"""Japanese sites that tag a version by its folder and by a letter at once
('english/press/pr090415e.htm' beside 'press/pr090415.htm')."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.pairs import search_pairs

EN = "Harbor Freight Lines opened a cold storage depot in Kobe on May 7, 2025."
JA = "ハーバー・フレイト・ラインズは2025年5月7日、神戸に冷蔵倉庫を開設しました。"
KO = "하버 프레이트 라인스는 2025년 5월 7일 고베에 냉장 창고를 열었다."


def test_a_folder_and_a_letter_that_say_one_language_tag_it_once(tmp_path: Path) -> None:
    for name, text in (
        ("press/09/pr090415.htm", JA),
        ("english/press/09/pr090415e.htm", EN),
        ("korean/press/09/pr090415k.htm", KO),
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    pairs = {(p.source.name, p.target.name) for p in search_pairs(tmp_path).pairs}
    assert pairs == {("pr090415e.htm", "pr090415.htm"), ("pr090415e.htm", "pr090415k.htm")}
