"""A translation published days after its original, named by its own date
('20250602_社長交代のお知らせ.txt' and '20250604_Notice_of_Change_of_President.txt')."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.pairs import search_pairs

JA = """代表取締役社長の交代に関するお知らせ

2025年6月2日

北浜化成株式会社は、本日開催の取締役会において、三好 由紀を代表取締役社長に選定することを決議しました。

就任日は2025年6月26日を予定しております。三好は2021年より常務執行役員を務めております。
"""  # noqa: E501
EN = """Notice of Change of Representative Director and President

June 2, 2025

Kitahama Chemical Co., Ltd. announced that its Board of Directors resolved today to appoint Yuki Miyoshi as Representative Director and President.

The appointment will take effect on June 26, 2025. Miyoshi has served as Managing Executive Officer since 2021.
"""  # noqa: E501
OTHER_JA = """自己株式の取得状況に関するお知らせ

2025年6月3日

当社は、2025年5月1日から5月31日までに普通株式12万4,300株を取得しました。取得価額の総額は3億8,150万円です。
"""


def _write(folder: Path, files: dict[str, str]) -> set[tuple[str, str]]:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {(p.source.name, p.target.name) for p in search_pairs(folder).pairs}


def test_a_translation_published_two_days_later_pairs_by_its_figures(tmp_path: Path) -> None:
    files = {
        "20250602_社長交代のお知らせ.txt": JA,
        "20250603_自己株式の取得状況.txt": OTHER_JA,
        "20250604_Notice_of_Change_of_President.txt": EN,
    }
    assert _write(tmp_path, files) == {
        ("20250604_Notice_of_Change_of_President.txt", "20250602_社長交代のお知らせ.txt")
    }


def test_releases_of_near_dates_with_other_figures_pair_with_nothing(tmp_path: Path) -> None:
    files = {"20250603_自己株式の取得状況.txt": OTHER_JA, "20250604_Notice.txt": EN}
    assert _write(tmp_path, files) == set()


def test_a_translation_weeks_later_is_another_release(tmp_path: Path) -> None:
    files = {"20250602_社長交代のお知らせ.txt": JA, "20250625_Notice.txt": EN}
    assert _write(tmp_path, files) == set()
