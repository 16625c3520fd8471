"""The mark that closes a release ('以上' under a Japanese one, '끝.' or '<끝>' under a
Korean one, '###' under an English one) translates nothing and one side often has it
alone: it is never aligned. Paired with the last heading of the English boilerplate, the
memory learnt 'About Tanabe Paper' = '以上'."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.batch import align_files

EN = """Tanabe Paper Opens a Mill in Tottori

Tanabe Paper Co., Ltd. opened a new mill in Tottori on October 3, 2025.

The mill makes 40,000 tons of recycled cardboard a year.

About Tanabe Paper

Tanabe Paper Co., Ltd. was founded in 1948 and makes paper and cardboard.
"""
JA = """田辺製紙、鳥取に新工場を開設

田辺製紙株式会社は、2025年10月3日、鳥取に新工場を開設しました。

新工場では、年間4万トンの再生段ボールを生産します。

{mark}
"""
KO = """다나베제지, 돗토리에 신공장 개설

다나베제지는 2025년 10월 3일 돗토리에 신공장을 개설했습니다.

신공장은 연간 4만 톤의 재생 골판지를 생산합니다.

{mark}
"""


@pytest.mark.parametrize(
    ("name", "text", "mark"),
    [
        ("mill.ja.txt", JA, "以上"),
        ("mill.ja.txt", JA, "　　　　　　　　　　以　上"),
        ("mill.ko.txt", KO, "끝."),
        ("mill.ko.txt", KO, "<끝>"),
        ("mill.ko.txt", KO, "- 끝 -"),
    ],
    ids=["ja", "ja-spaced", "ko-period", "ko-angles", "ko-dashes"],
)
def test_closing_mark_is_not_aligned(tmp_path: Path, name: str, text: str, mark: str) -> None:
    source = tmp_path / "mill.en.txt"
    source.write_text(EN, encoding="utf-8")
    target = tmp_path / name
    target.write_text(text.format(mark=mark), encoding="utf-8")
    alignment = align_files(source, target)
    paired = [alignment.target_text(b) for b in alignment.pairs()]
    assert paired and not any(mark.strip("　 ") in t or "끝" in t for t in paired)
    assert all("About" not in alignment.source_text(b) for b in alignment.accepted())


def test_a_sentence_that_starts_with_the_word_is_aligned(tmp_path: Path) -> None:
    source = tmp_path / "mill.en.txt"
    source.write_text(EN + "\nThe End of Paper Bags, a campaign, starts today.\n", "utf-8")
    target = tmp_path / "mill.ja.txt"
    target.write_text(JA.format(mark="以上の取り組みを今日から始めます。"), encoding="utf-8")
    alignment = align_files(source, target)
    assert any("以上の取り組み" in alignment.target_text(b) for b in alignment.pairs())
