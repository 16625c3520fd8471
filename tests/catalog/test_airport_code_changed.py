"""PR404 on a code of capitals alone in brackets after the name it stands for, an
airport's above all ('Tokyo Haneda (HND)', '김포(GMP)'): a translation that gives another
airport's code in its place ('(NRT)' for '(HND)', '(ICN)' for '(GMP)') sends travellers to
the other airport, though the name beside it is right; before, only codes with a digit
were compared. A code left out, kept in full-width letters, or an acronym kept, is none."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

ROUTE = "Flight QX 411 departs Tokyo Haneda (HND) at 07:10 and arrives at Seoul Gimpo (GMP)."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            ROUTE,
            "QX 411便は7時10分に東京・羽田（HND）を出発し、ソウル・金浦（GMP）に到着します。",
        ),
        (
            "ko",
            ROUTE,
            "QX 411편은 07시 10분 도쿄 하네다(HND)를 출발해 서울 김포(GMP)에 도착합니다.",
        ),
        ("ja", ROUTE, "QX 411便は7時10分に羽田空港を出発し、金浦空港に到着します。"),
        ("ja", ROUTE, "QX 411便は7時10分に羽田（ＨＮＤ）を出発し、金浦（ＧＭＰ）に到着します。"),
        (
            "ja",
            "The Japan Tourism Bureau (JTBX) was founded in 1962.",
            "日本観光局（JTBX）は1962年に設立された。",
        ),
        ("en", "羽田（HND）発の便です。", "The flight leaves from Haneda (HND)."),
    ],
)
def test_the_code_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            ROUTE,
            "QX 411편은 07시 10분 도쿄 하네다(NRT)를 출발해 서울 김포(GMP)에 도착합니다.",
        ),
        (
            "ja",
            ROUTE,
            "QX 411便は7時10分に東京・羽田（HND）を出発し、ソウル・金浦（ICN）に到着します。",
        ),
        ("en", "羽田（HND）発の便です。", "The flight leaves from Haneda (NRT)."),
    ],
)
def test_the_code_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


def test_the_codes_are_named() -> None:
    (finding,) = translation_findings(
        "ko", ROUTE, "QX 411편은 07시 10분 도쿄 하네다(NRT)를 출발해 서울 김포(GMP)에 도착합니다."
    )
    assert (finding.found, finding.suggestion) == ("NRT", "HND")
