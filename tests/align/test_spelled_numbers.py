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


def test_how_often_and_a_rate_tie_their_figures(tmp_path: Path) -> None:
    """'twice a day', 'once', 'the second', '500 yen a day' are 1日2回, 1回, 2便目 and 1日500円:
    the right pair lost three figures and, with no other anchor, was not accepted."""
    from prlocalize.align.anchors import agreement

    rows = [
        (
            "The shuttle runs twice a day on weekdays and once on Sundays.",
            "シャトルは平日1日2回、日曜日は1回運行します。",
        ),
        ("The second bus leaves at 4:10 p.m.", "2便目は16時10分に出発します。"),
        ("Parking costs 500 yen a day.", "駐車料金は1日500円です。"),
    ]
    for en, ja in rows:
        matched, values_missed, _ = agreement(extract(en, lang="en"), extract(ja, lang="ja"))
        assert values_missed == 0, en
        assert matched >= 1, en
    en_text = "Shuttle Timetable\n\n" + rows[0][0] + "\n"
    ja_text = "シャトルの時刻\n\n" + rows[0][1] + "\n"
    (tmp_path / "shuttle.en.txt").write_text(en_text, encoding="utf-8")
    (tmp_path / "shuttle.ja.txt").write_text(ja_text, encoding="utf-8")
    alignment = align_files(tmp_path / "shuttle.en.txt", tmp_path / "shuttle.ja.txt")
    pairs = {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}
    assert rows[0] in pairs
