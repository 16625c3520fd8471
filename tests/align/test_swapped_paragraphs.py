"""Two neighbouring paragraphs of the body that the translation gives in the other order
(the English puts the quotation before the ceremony, the Korean after it) are paired
across, as a swapped headline and subheadline are: the monotone pass paired each with the
other's translation and rejected both."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.batch import align_files
from prlocalize.glossary.io import load_glossaries

KO = (
    "한결에너지, 울산에 수소 충전소 10곳 추가 구축\n\n"
    "한결에너지(대표이사 사장 윤재석)는 울산광역시와 '수소 충전 인프라 확충 협약'을 맺고, "
    "2028년까지 울산 지역에 수소 충전소 10곳을 추가로 구축한다고 20일 밝혔다.\n\n"
    "총 투자 규모는 420억 원이며, 새 충전소가 모두 완공되면 울산의 수소 충전 능력은 하루 "
    "수소버스 600대 수준으로 늘어난다.\n\n"
    "협약식은 19일 울산시청에서 열렸으며, 김두겸 울산광역시장과 윤재석 사장 등 관계자 30여 "
    "명이 참석했다.\n\n"
    '윤재석 사장은 "울산을 국내 최대의 수소 모빌리티 거점으로 만드는 데 기여하겠다"며 '
    '"안정적인 수소 공급망 구축에도 힘쓰겠다"고 말했다.\n\n'
    "한결에너지는 2030년까지 전국에 수소 충전소 100곳을 운영한다는 목표를 세우고 있다.\n"
)
EN = (
    "Hangyeol Energy to Build 10 More Hydrogen Stations in Ulsan\n\n"
    "SEOUL, November 20, 2026 — Hangyeol Energy (President and CEO Jae-seok Yoon) announced "
    "today that it has signed an agreement with Ulsan Metropolitan City to expand hydrogen "
    "refueling infrastructure and will build 10 additional hydrogen stations in the Ulsan "
    "area by 2028.\n\n"
    "The total investment is KRW 42 billion. Once all the new stations are completed, "
    "Ulsan's hydrogen refueling capacity will reach about 600 hydrogen buses a day.\n\n"
    '"We will help make Ulsan Korea\'s largest hub for hydrogen mobility," said President '
    'and CEO Jae-seok Yoon. "We will also work to build a stable hydrogen supply chain."\n\n'
    "The signing ceremony was held at Ulsan City Hall on November 19 and was attended by "
    "about 30 people, including Ulsan Mayor Kim Doo-gyeom and Yoon.\n\n"
    "Hangyeol Energy aims to operate 100 hydrogen stations nationwide by 2030.\n"
)
SHEET = (
    "en,ja,ko,kind\n"
    "Jae-seok Yoon,ユン・ジェソク,윤재석,person\n"
    "Hangyeol Energy,ハンギョルエナジー,한결에너지,organization\n"
    "Ulsan,蔚山,울산,place\n"
)


@pytest.mark.parametrize("with_glossary", [False, True])
def test_two_paragraphs_given_in_the_other_order_pair_across(
    tmp_path: Path, with_glossary: bool
) -> None:
    (tmp_path / "stations.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "stations.ko.txt").write_text(KO, encoding="utf-8")
    glossary = None
    if with_glossary:
        (tmp_path / "glossary.csv").write_text(SHEET, encoding="utf-8")
        glossary = load_glossaries([tmp_path / "glossary.csv"])
    alignment = align_files(
        tmp_path / "stations.en.txt", tmp_path / "stations.ko.txt", glossary=glossary
    )
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    ceremony = [(s, t) for s, t in accepted if s.startswith("The signing ceremony")]
    assert ceremony and ceremony[0][1].startswith("협약식은"), accepted
    quotation = [(s, t) for s, t in accepted if "said President" in s]
    assert quotation and quotation[0][1].startswith("윤재석 사장은"), accepted
    assert "supply chain" in quotation[0][0]  # both English sentences of the quotation
