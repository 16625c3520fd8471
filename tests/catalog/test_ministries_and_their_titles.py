"""PR401 on the ministries, commissions and ministers of government releases.

A body named by the acronym the catalog's English gives in brackets after its approved
name ('Financial Services Commission (FSC)', then 'The FSC approved …') is named; an
acronym the release never ties to the name is not;
a body written under another name after 'The' ('The Ministry of Land and Maritime
Affairs', an old name) is no 'the Ministry' said again, and is reported. A title is not
rendered by a word inside a longer glossary name ('장관' of '한일 교통장관회의'), nor by a
more specific title the source gives itself ('Minister of Land, Infrastructure, Transport
and Tourism … and Minister of Land Kim …' as '국토교통대신 … 국토교통부 차관'); a 'State
Minister' is another rank than a minister."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _entry("org:fsc", Kind.ORG, "Financial Services Commission", "金融委員会", "금융위원회"),
        _entry(
            "org:molit",
            Kind.ORG,
            "Ministry of Land, Infrastructure and Transport",
            "国土交通部",
            "국토교통부",
        ),
        _entry("title:minister", Kind.TITLE, "Minister", "大臣", "장관"),
        _entry("title:vice-minister", Kind.TITLE, "Vice Minister", "副大臣", "차관"),
        _entry(
            "title:mlit-minister",
            Kind.TITLE,
            "Minister of Land, Infrastructure, Transport and Tourism",
            "国土交通大臣",
            "국토교통대신",
        ),
        _entry(
            "title:mlit-state",
            Kind.TITLE,
            "State Minister of Land, Infrastructure, Transport and Tourism",
            "国土交通副大臣",
            "국토교통부대신",
        ),
        _entry(
            "term:meeting",
            Kind.TERM,
            "Japan-Korea Transport Ministers' Meeting",
            "日韓交通大臣会合",
            "한일 교통장관회의",
        ),
        _entry("person:kim", Kind.PERSON, "Kim Tae-hwan", "金泰煥", "김태환"),
        _entry("person:aoki", Kind.PERSON, "Naoya Aoki", "青木直也", "아오키 나오야"),
    ]
)

FSC_KO = "금융위원회는 두 보험사에 대한 제재안을 의결했다."
MOLIT_KO = "국토교통부는 내년 예산안을 발표했다."
TWO_MINISTERS_EN = (
    "Minister of Land, Infrastructure, Transport and Tourism Naoya Aoki met Minister Kim"
    " Tae-hwan at the Japan-Korea Transport Ministers' Meeting."
)
ONE_MINISTER_EN = "Minister Kim Tae-hwan opened the Japan-Korea Transport Ministers' Meeting."
STATE_EN = "Minister of Land, Infrastructure, Transport and Tourism Naoya Aoki opened the session."


def _pr401(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = catalog_findings(locale, [(msgid, msgstr)], glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", FSC_KO, "The FSC approved sanctions against two insurers.", True),
        ("en", MOLIT_KO, "The Ministry of Land and Maritime Affairs announced its budget.", True),
        ("ko", ONE_MINISTER_EN, "김태환 장관은 한일 교통장관회의를 열었다.", False),
        ("ko", ONE_MINISTER_EN, "김태환 차관은 한일 교통장관회의를 열었다.", True),
        (
            "ko",
            TWO_MINISTERS_EN,
            "아오키 나오야 국토교통대신은 한일 교통장관회의에서 김태환 장관을 만났다.",
            False,
        ),
        (
            "ko",
            TWO_MINISTERS_EN,
            "아오키 나오야 국토교통대신은 한일 교통장관회의에서 김태환 차관을 만났다.",
            True,
        ),
        ("ja", STATE_EN, "青木直也国土交通大臣が開会した。", False),
        ("ja", STATE_EN, "青木直也国土交通副大臣が開会した。", True),
    ],
)
def test_bodies_and_ministers(locale: str, msgid: str, msgstr: str, found: bool) -> None:
    assert bool(_pr401(locale, msgid, msgstr)) is found


def test_the_ministry_said_again_is_still_the_ministry() -> None:
    entries = [
        (MOLIT_KO, "The Ministry of Land, Infrastructure and Transport announced its budget."),
        (
            "국토교통부는 내년 상반기에 세부 계획을 내놓는다.",
            "The ministry will release details early next year.",
        ),
    ]
    found = catalog_findings("en", entries, glossary=GLOSSARY)
    assert [f for f in found if f.code == "PR401"] == []


def test_an_old_name_after_the_right_one_is_reported() -> None:
    entries = [
        (MOLIT_KO, "The Ministry of Land, Infrastructure and Transport announced its budget."),
        ("국토교통부는 내년 상반기에 세부 계획을 내놓는다.",
         "The Ministry of Land and Maritime Affairs will release details early next year."),
    ]  # fmt: skip
    found = catalog_findings("en", entries, glossary=GLOSSARY)
    assert [f.found for f in found if f.code == "PR401"] == ["국토교통부"]


@pytest.mark.parametrize(
    ("introduced", "msgstr", "found"),
    [
        ("(FSC)", "The FSC approved sanctions against two insurers.", False),
        ("(FSC, Chairman Yoon Ji-hoon)", "The FSC approved sanctions against two insurers.", False),
        ("(FSC; Chairman Yoon Ji-hoon)", "The FSC approved sanctions against two insurers.", False),
        ("(FSC)", "The FCS approved sanctions against two insurers.", True),
        ("(FSC, Chairman Yoon Ji-hoon)", "The FCS approved sanctions against two insurers.", True),
    ],
)
def test_acronym_introduced_after_the_name(introduced: str, msgstr: str, found: bool) -> None:
    # the bracket may say more after the acronym, as a regulator's English does
    entries = [
        ("금융위원회(위원장 윤지훈, 이하 '금융위')는 3일 정례회의를 열었다.",
         f"The Financial Services Commission {introduced} held its regular meeting on the 3rd."),
        ("금융위는 두 보험사에 대한 제재안을 의결했다.", msgstr),
    ]  # fmt: skip
    codes = [
        f.found for f in catalog_findings("en", entries, glossary=GLOSSARY) if f.code == "PR401"
    ]
    assert bool(codes) is found
