"""PR401 on a glossary term the translation writes right once and one letter off
elsewhere ('오스트라비모드 150 μg군, 오스트라비모트 300 μg군' for 'ostravimod 150 μg,
ostravimod 300 μg'): the approved form is there, and the slip beside it is reported. A
name written otherwise ('エレイン マーシュ'), another glossary name of the translation
one letter apart, and a term written right every time stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _sheet() -> Glossary:
    def row(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
        return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})

    return Glossary(
        [
            row("term:ostravimod", Kind.TERM, "ostravimod", "オストラビモド", "오스트라비모드"),
            row("brand:zorvexa", Kind.BRAND, "ZORVEXA", "ゾルベクサ", "졸벡사"),
            row(
                "person:elaine-marsh",
                Kind.PERSON,
                "Elaine Marsh",
                "エレイン・マーシュ",
                "일레인 마시",
            ),
            row("org:neopharma", Kind.ORG, "Neopharma", "ネオファーマ", "네오파마코"),
            row("org:neopharm", Kind.ORG, "Neopharm", "ネオファーム", "네오팜코리"),
        ]
    )


ARMS = "Patients were randomized to ostravimod 150 μg or ostravimod 300 μg."
ORR = "The response rate was 41.2% with ZORVEXA, and ZORVEXA was well tolerated."


def _pr401(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=_sheet())
    return [f.message for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "slip"),
    [
        (
            "ko",
            ARMS,
            "환자는 오스트라비모드 150 μg군 또는 오스트라비모트 300 μg군에 배정됐다.",
            "오스트라비모트",
        ),
        (
            "ja",
            ARMS,
            "患者はオストラビモド150 μg群またはオストラピモド300 μg群に割り付けられた。",
            "オストラピモド",
        ),
        (
            "ja",
            ORR,
            "奏効率はゾルベキサ群で41.2%で、ゾルベクサの忍容性は良好だった。",
            "ゾルベキサ",
        ),
    ],
)
def test_a_slip_beside_the_approved_form(locale: str, msgid: str, msgstr: str, slip: str) -> None:
    assert any(f"'{slip}'" in message for message in _pr401(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ARMS, "환자는 오스트라비모드 150 μg군 또는 오스트라비모드 300 μg군에 배정됐다."),
        ("ja", ORR, "奏効率はゾルベクサ群で41.2%で、ゾルベクサの忍容性は良好だった。"),
        (
            "ja",
            "Elaine Marsh spoke; Marsh is Elaine Marsh's family name.",
            "エレイン・マーシュが講演した。エレイン マーシュの姓はマーシュである。",
        ),
        (
            "ja",
            "Neopharma and Neopharm signed an agreement.",
            "ネオファーマとネオファームは契約を締結した。",
        ),
    ],
)
def test_the_form_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert not any("misspelt" in message for message in _pr401(locale, msgid, msgstr))
