"""PR410: a figure the source gives as a level ('47조 원 수준', '47兆ウォン水準') is no exact
figure, so 'around 47 trillion won' for it is no approximation added; a figure stated
exact ('47조 원') said as 'around 47 trillion won' is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("msgid", "found"),
    [
        ("한빛화학은 연간 설비투자를 47조 원 수준으로 유지할 계획이다.", False),
        ("当社は年間の設備投資を47兆ウォン水準で維持する計画です。", False),
        ("한빛화학은 연간 설비투자를 47조 원으로 유지할 계획이다.", True),
    ],
)
def test_level(msgid: str, found: bool) -> None:
    msgstr = "Hanbit plans to hold annual capex at around 47 trillion won."
    assert ("PR410" in translation_codes("en", msgid, msgstr, with_info=False)) is found
