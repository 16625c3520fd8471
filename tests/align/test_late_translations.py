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


KO = """대표이사 사장 변경 안내

2025년 6월 2일

기타하마화성은 오늘 열린 이사회에서 미요시 유키를 대표이사 사장으로 선임하기로 결의했다.

취임일은 2025년 6월 26일이다. 미요시는 2021년부터 상무집행임원을 맡아 왔다.

담당자: 홍보팀 김서연 과장 (02-3140-2200)
"""


def test_names_dated_as_each_language_writes_dates_pair_in_three_languages(
    tmp_path: Path,
) -> None:
    """A press office names each version by its date in its own language: 'June 2,
    2025 - …', '2025年6月2日 …', '2025년 6월 2일 …'. None paired (only '20250602' was a
    date); and a release in three languages paired two of them at most, as each version
    had to be the other's one best match across both other languages."""
    files = {
        "June 2, 2025 - Notice of Change of President.txt": EN,
        "2025年6月2日 社長交代のお知らせ.txt": JA,
        "2025년 6월 2일 대표이사 변경 안내.txt": KO,
        "2025年6月3日 自己株式の取得状況.txt": OTHER_JA,
    }
    assert _write(tmp_path, files) == {
        ("June 2, 2025 - Notice of Change of President.txt", "2025年6月2日 社長交代のお知らせ.txt"),
        (
            "June 2, 2025 - Notice of Change of President.txt",
            "2025년 6월 2일 대표이사 변경 안내.txt",
        ),
    }


def test_a_name_with_a_date_in_words_the_english_way_round(tmp_path: Path) -> None:
    files = {"2 June 2025 notice.txt": EN, "2025年6月2日_お知らせ.txt": JA}
    assert _write(tmp_path, files) == {("2 June 2025 notice.txt", "2025年6月2日_お知らせ.txt")}


def test_a_date_of_six_digits_two_of_the_year_first(tmp_path: Path) -> None:
    """'250602_社長交代.txt': Japanese and Korean offices often name files so; beside an
    English version named '2025.06.04 Notice (English).txt'."""
    files = {
        "250602_社長交代.txt": JA,
        "250603_自己株式.txt": OTHER_JA,
        "2025.06.04 Notice of Change of President (English).txt": EN,
    }
    assert _write(tmp_path, files) == {
        ("2025.06.04 Notice of Change of President (English).txt", "250602_社長交代.txt")
    }


def test_six_digits_that_are_no_date_pair_with_nothing(tmp_path: Path) -> None:
    files = {"251399_社長交代.txt": JA, "20250604_Notice.txt": EN}
    assert _write(tmp_path, files) == set()
