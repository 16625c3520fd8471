"""PR404 on a name in Hangul or Japanese script glossed in Latin letters in brackets: a
Korean release's '나이아신아마이드 2% 세럼(Niacinamide 2% Serum) 30mL' names one product,
which an official translation gives once, in the form its market keeps ('Niacinamide 2%
Serum, 30 mL', 'Niacinamide 2% Serum（30mL）'). The gloss's figures are the name's, not
a second fact to keep; a figure the translation changes is still a changed figure."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SERUM = "달모리 나이아신아마이드 2% 세럼(DALMORI Niacinamide 2% Serum) 30mL: 국내 3만2000원"
PHONE = "갤럭시 Z 폴드7(Galaxy Z Fold7)은 7월 25일 출시된다."
JA_KIT = "ビタミンC 10%美容液（Vitamin C 10% Serum）を3月1日に発売します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SERUM, "DALMORI Niacinamide 2% Serum, 30 mL: KRW 32,000 in Korea"),
        ("ja", SERUM, "DALMORI Niacinamide 2% Serum（30mL）：韓国価格32,000ウォン"),
        (
            "ja",
            SERUM,
            "ナイアシンアミド2%セラム（DALMORI Niacinamide 2% Serum）30mL：韓国価格32,000ウォン",
        ),
        ("en", PHONE, "The Galaxy Z Fold7 will go on sale on July 25."),
        ("ja", PHONE, "Galaxy Z Fold7は7月25日に発売されます。"),
        ("en", JA_KIT, "We will launch Vitamin C 10% Serum on March 1."),
    ],
)
def test_a_glossed_name_given_once(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SERUM, "DALMORI Niacinamide 5% Serum, 30 mL: KRW 32,000 in Korea"),
        ("ja", SERUM, "DALMORI Niacinamide 2% Serum（50mL）：韓国価格32,000ウォン"),
        ("en", PHONE, "The Galaxy Z Fold6 will go on sale on July 25."),
        ("en", JA_KIT, "We will launch Vitamin C 15% Serum on March 1."),
    ],
)
def test_a_glossed_name_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


def test_a_gloss_with_figures_of_its_own_is_kept() -> None:
    # the bracket says what the name does not: its figure is a fact of its own
    msgid = "시즌 한정 세트(Set of 3)를 3월 1일 출시한다."
    assert "PR404" in translation_codes(
        "en", msgid, "The seasonal limited set goes on sale on March 1.", with_info=False
    )
    assert (
        translation_codes(
            "en",
            msgid,
            "The seasonal limited set of three goes on sale on March 1.",
            with_info=False,
        )
        == []
    )
