"""A trial's phase a Japanese release writes in Roman numerals ('第II相') is the number its
Korean or English version writes in digits ('임상 2상', 'Phase 2'): a quotation of two
sentences pairs whole with the translation's two, not with the first alone."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.anchors import extract
from prlocalize.align.batch import align_files

JA = """本剤は1日1回の経口投与で高い選択性を示す化合物です。

ヴェリデイン社のオカフォー氏は、次のように述べています。

「MNS-204は、1日1回の経口投与で高い選択性を示す有望な化合物です。ミナセ創薬のチームと共に、第II相臨床試験を着実に進めてまいります。」

ミナセ創薬は、2011年に設立された創薬ベンチャーです。
"""
QUOTE = (
    '"MNS-204는 1일 1회 경구 투여로 높은 선택성을 보이는 유망한 화합물입니다. '
    '미나세제약 팀과 함께 임상 2상 시험을 착실히 진행해 나가겠습니다."'
)
KO = f"""본 약물은 1일 1회 경구 투여로 높은 선택성을 보이는 화합물입니다.

베리데인의 오카포는 다음과 같이 말했습니다.

{QUOTE}

미나세제약은 2011년에 설립된 신약 개발 벤처기업입니다.
"""


def test_a_phase_in_roman_numerals_is_its_number() -> None:
    for text in ("第II相臨床試験を進めます。", "The Phase III trial begins.", "第Ⅱ相試験"):
        (value,) = extract(text).numbers
        assert value.value in (2, 3)
    assert extract("임상 2상 시험").numbers[0].value == 2
    assert extract("Iの相違").numbers == ()  # (no phase: '相' alone)


def test_a_two_sentence_quotation_pairs_whole(tmp_path: Path) -> None:
    (tmp_path / "q.ja.txt").write_text(JA, encoding="utf-8")
    (tmp_path / "q.ko.txt").write_text(KO, encoding="utf-8")
    alignment = align_files(tmp_path / "q.ja.txt", tmp_path / "q.ko.txt")
    quote = next(b for b in alignment.beads if alignment.source_text(b).startswith("「MNS"))
    assert len(quote.target) == 2
    assert quote in alignment.accepted()
