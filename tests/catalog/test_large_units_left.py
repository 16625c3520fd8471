"""PR408 on a figure left in the units Japanese and Korean count large numbers in
('KRW 3,000억', '¥300億') in a translation whose script has no such letter: the figure is
the same, but its reader cannot read it."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BONDS_KO = "회사는 3,000억 원 규모의 회사채를 발행한다."
BONDS_JA = "当社は総額300億円の社債を発行します。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (BONDS_KO, "The company will issue KRW 3,000억 of corporate bonds."),
        (BONDS_JA, "The company will issue bonds totaling ¥300億."),
    ],
)
def test_left_in_the_source_units(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR408"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BONDS_KO, "The company will issue KRW 300 billion of corporate bonds."),
        ("en", BONDS_JA, "The company will issue bonds totaling ¥30 billion."),
        ("ja", BONDS_KO, "同社は3,000億ウォン規模の社債を発行する。"),
        ("ko", BONDS_JA, "회사는 총 300억 엔 규모의 회사채를 발행한다."),
    ],
)
def test_said_in_the_translation_units(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
