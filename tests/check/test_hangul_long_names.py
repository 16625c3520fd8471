"""A syllable slip inside a long one-word Korean name ('중소벤쳐기업부' for the glossary's
'중소벤처기업부'), with or without the particle after it, is a misspelled name, and so is
its last syllable with its vowel changed ('한국해양과학기술윈'); a Korean compound that
differs at its end ('중소벤처기업계', '중소벤처기업들', '한국해양과학기술은' with a
particle), a short name and the name as written are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Ministry of SMEs and Startups,中小ベンチャー企業部,중소벤처기업부,org\n"
    "Ministry of Science and ICT,科学技術情報通信部,과학기술정보통신부,org\n"
    "Samsung Electronics,サムスン電子,삼성전자,org\n"
    "Korea Institute of Ocean Science and Technology,韓国海洋科学技術院,한국해양과학기술원,org\n"
    "Global Partner Group,グローバルパートナーグループ,글로벌파트너그룹,org\n"
    '"Hoshino Mobility Co., Ltd.",星野モビリティ株式会社,호시노모빌리티 주식회사,org\n'
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("중소벤쳐기업부 관계자가 말했다.", [("중소벤쳐기업부", "중소벤처기업부")]),
        # with a particle after it
        ("중소벤쳐기업부는 발표했다.", [("중소벤쳐기업부", "중소벤처기업부")]),
        ("과학기술정보동신부에서 열렸다.", [("과학기술정보동신부", "과학기술정보통신부")]),
        # the last syllable's vowel changed (a neighbouring key) into no word ending
        ("한국해양과학기술윈은 발표했다.", [("한국해양과학기술윈", "한국해양과학기술원")]),
        ("글로벌파트너그릅이 참여했다.", [("글로벌파트너그릅", "글로벌파트너그룹")]),
        # its final consonant dropped or added
        ("한국해양과학기술워와 협력한다.", [("한국해양과학기술워", "한국해양과학기술원")]),
        ("글로벌파트너그룸이 참여했다.", [("글로벌파트너그룸", "글로벌파트너그룹")]),
        # a company's name written without its legal form, as running text does
        ("호시노모빌러티는 신제품을 공개했다.", [("호시노모빌러티", "호시노모빌리티")]),
        ("호시노모빌리터가 참여했다.", [("호시노모빌리터", "호시노모빌리티")]),
        # as written, a compound of the sector or its companies, a short name
        ("중소벤처기업부는 중소벤처기업계와 중소벤처기업들을 지원한다.", []),
        # the last vowel changed into a particle or a suffix: another word
        ("한국해양과학기술은 세계 수준이고 중소벤처기업비 지원도 늘었다.", []),
        ("삼성전지가 참여했다.", []),
    ],
)
def test_long_korean_names(
    run_cli: Run, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(text + "\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR102"] == found


PLACES = (
    "en,ja,ko,kind\n"
    "Cheongju,清州,청주,place\n"
    "Cheongju International Airport,清州国際空港,청주국제공항,place\n"
    "Busan,釜山,부산광역시,place\n"
    "Mayor of Busan,釜山広域市長,부산광역시장,title\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the place that opens the name is another entry's: it hid the slip after it
        ("오는 9월 청주국재공항에서 취항한다.", [("청주국재공항", "청주국제공항")]),
        ("청주국제공항과 청주시가 협력한다.", []),
        # the city hall beside the title of its mayor: another word, as before
        ("부산광역시청에서 부산광역시장이 발표했다.", []),
    ],
)
def test_long_korean_names_that_open_with_a_place(
    run_cli: Run, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(PLACES, encoding="utf-8")
    release = tmp_path / "ko.txt"
    release.write_text(text + "\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR102"] == found
