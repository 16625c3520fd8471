"""A newsletter sets its items apart with rules ('────', '====', '＊＊＊'): they translate
nothing, and one left over on a side paired with the other side's footer."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN = """HARBOR NEWS  No. 7

========================================

Harbor Lines will add a third ferry between Busan and Hakata in May.

──────────────────────────────

The Busan terminal will open a new waiting hall on April 1.

──────────────────────────────

Harbor Lines Co., Ltd. | press@harbor-lines.example
"""
KO = """하버 뉴스 제7호

========================================

하버라인은 5월 부산과 하카타 사이에 세 번째 페리를 투입한다.

부산 터미널은 4월 1일 새 대합실을 연다.

──────────────────────────────

하버라인 홍보팀 | press@harbor-lines.example
"""


def test_rules_are_not_aligned(tmp_path: Path) -> None:
    source, target = tmp_path / "news.en.txt", tmp_path / "news.ko.txt"
    source.write_text(EN, encoding="utf-8")
    target.write_text(KO, encoding="utf-8")
    alignment = align_files(source, target)
    texts = [alignment.source_text(b) + alignment.target_text(b) for b in alignment.beads]
    assert not any("───" in t or "====" in t for t in texts)
    pairs = {alignment.source_text(b): alignment.target_text(b) for b in alignment.accepted()}
    assert pairs["Harbor Lines Co., Ltd. | press@harbor-lines.example"].startswith(
        "하버라인 홍보팀"
    )
