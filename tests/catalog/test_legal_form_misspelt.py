"""PR401: a glossary company's legal form written one letter off beside its name in the
translation ('주시회사', '株式会杜', 'Co., Ldt.') is reported: the name alone is an accepted
short form, so the slip beside it passed. The legal form written with or without a
space, in capitals or without its stop, and another legal form stay unreported by it."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "org:kiyose",
            Kind.ORG,
            {
                "en": Term("Kiyose Devices Co., Ltd.", variants=("Kiyose Devices",)),
                "ja": Term("清瀬デバイス株式会社", variants=("清瀬デバイス",)),
                "ko": Term("기요세디바이스 주식회사", variants=("기요세디바이스",)),
            },
        ),
        Entry(
            "org:saerom",
            Kind.ORG,
            {
                "en": Term("Saerom Therapeutics Inc.", variants=("Saerom Therapeutics",)),
                "ja": Term(
                    "株式会社セロム・セラピューティクス", variants=("セロム・セラピューティクス",)
                ),
                "ko": Term("새롬테라퓨틱스 주식회사", variants=("새롬테라퓨틱스",)),
            },
        ),
    ]
)
KIYOSE_EN = "Kiyose Devices Co., Ltd. will acquire a 19.9% stake in Saerom Therapeutics Inc."
KIYOSE_JA = "清瀬デバイス株式会社は、株式会社セロム・セラピューティクスの株式19.9%を取得します。"


def _slips(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
    return [f.found or "" for f in found if f.code == "PR401" and "Legal form" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "slip"),
    [
        (
            "ko",
            KIYOSE_EN,
            "기요세디바이스 주시회사는 새롬테라퓨틱스 주식회사의 지분 19.9%를 취득한다.",
            "기요세디바이스 주시회사",
        ),
        (
            "ja",
            KIYOSE_EN,
            "清瀬デバイス株式会杜は、株式会社セロム・セラピューティクスの株式19.9%を取得します。",
            "清瀬デバイス株式会杜",
        ),
        (
            "ja",
            KIYOSE_EN,
            "清瀬デバイス株式会社は、株式会仕セロム・セラピューティクスの株式19.9%を取得します。",
            "株式会仕セロム・セラピューティクス",
        ),
        (
            "en",
            KIYOSE_JA,
            "Kiyose Devices Co., Ldt. will acquire 19.9% of Saerom Therapeutics Inc.",
            "Kiyose Devices Co., Ldt.",
        ),
    ],
)
def test_reported(locale: str, msgid: str, msgstr: str, slip: str) -> None:
    assert _slips(locale, msgid, msgstr) == [slip]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            KIYOSE_EN,
            "기요세디바이스주식회사는 새롬테라퓨틱스 주식회사의 지분 19.9%를 취득한다.",
        ),
        ("ko", KIYOSE_EN, "기요세디바이스는 새롬테라퓨틱스의 지분 19.9%를 취득한다."),
        (
            "ja",
            KIYOSE_EN,
            "清瀬デバイス有限会社は、セロム・セラピューティクスの株式19.9%を取得します。",
        ),
        ("en", KIYOSE_JA, "KIYOSE DEVICES CO., LTD. will acquire 19.9% of Saerom Therapeutics."),
        ("en", KIYOSE_JA, "Kiyose Devices Co., LTD. will acquire 19.9% of Saerom Therapeutics Inc"),
        (
            "en",
            KIYOSE_JA,
            "Kiyose Devices Co. Ltd. will acquire 19.9% of Saerom Therapeutics, Inc.",
        ),
        ("en", KIYOSE_JA, "Kiyose Devices Incubator will acquire 19.9% of Saerom Therapeutics."),
    ],
)
def test_not_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _slips(locale, msgid, msgstr) == []
