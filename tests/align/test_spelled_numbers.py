"""English spells small numbers out ('four times a day', 'ten stores') where Japanese
and Korean write figures (1日4回, 10개 매장): the figures on one side only cost the right
pair so much that a list item was paired with a note the translation added
('※事前登録制です。', accepted at 0.82) and its translation left unpaired. A number
spelled out now ties the pair where the other side has it in figures, and costs
nothing where it has not ('one of the largest')."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.anchors import cost, extract
from prlocalize.align.batch import align_files

EN = """Kumo Robotics at the Osaka Robot Fair

Kumo Robotics will exhibit at the Osaka Robot Fair from December 3 to 6.

- Booth: Hall 2, B2-14
- Exhibits: KR-Arm 5 and KR-Weld 10
- Live demonstrations: four times a day
"""
JA = """くもロボティクス、大阪ロボットフェアに出展

くもロボティクスは、12月3日から6日まで大阪ロボットフェアに出展します。

・小間番号：2号館 B2-14
・出展製品：KR-Arm 5、KR-Weld 10
・実演：1日4回
・※事前登録制です。
"""


def test_a_number_spelled_out_ties_its_figure(tmp_path: Path) -> None:
    (tmp_path / "fair.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fair.ja.txt").write_text(JA, encoding="utf-8")
    alignment = align_files(tmp_path / "fair.en.txt", tmp_path / "fair.ja.txt")
    pairs = {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}
    assert ("Live demonstrations: four times a day", "実演：1日4回") in pairs
    assert not any(t == "※事前登録制です。" for _, t in pairs)


def test_a_word_without_its_figure_costs_nothing() -> None:
    plain = extract("It is the largest plant in the region.", lang="en")
    spelled = extract("It is one of the largest plants in the region.", lang="en")
    ja = extract("同地域最大の工場です。", lang="ja")
    assert cost(spelled, ja) == cost(plain, ja)
