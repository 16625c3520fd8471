"""PR404 and PR409 on a Korean listing's six digits right after the company's name as a
translation keeps them ('Daeyang Steel (071320)', '大洋製鉄（071320）'): the code was read
only after a Hangul name, so a correct translation was told the code was left out and a
digit changed ('（071230）') was no more than that."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FILING = "대양제철(071320)은 이사회에서 자사주 신탁계약 체결을 결의했다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FILING, "大洋製鉄（071320）は取締役会で自社株信託契約の締結を決議した。"),
        ("en", FILING, "Daeyang Steel (071320) said its board approved a treasury share trust."),
        (
            "ko",
            "Daeyang Steel (071320) approved a share trust.",
            "대양제철(071320)은 신탁을 승인했다.",
        ),
    ],
)
def test_the_code_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FILING, "大洋製鉄（071230）は取締役会で自社株信託契約の締結を決議した。"),
        ("en", FILING, "Daeyang Steel (071302) said its board approved a treasury share trust."),
        (
            "ko",
            "Daeyang Steel (071320) approved a share trust.",
            "대양제철(071302)은 신탁을 승인했다.",
        ),
    ],
)
def test_a_digit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


def test_the_code_left_out_is_information() -> None:
    codes = translation_codes(
        "ko", "Daeyang Steel (071320) approved a share trust.", "대양제철은 신탁을 승인했다."
    )
    assert codes == ["PR409"]
