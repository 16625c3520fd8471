"""PR404: 'mn' and 'mln' after a figure are millions, as wire and IR English write them
after any figure ('10.5 mn common shares', '1.4 mln'), so '1,050만 주' is no changed
figure; '1.05 mn' for it is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BUYBACK_KO = "취득 예정 주식은 보통주 1,050만 주와 우선주 140만 주다."


@pytest.mark.parametrize(
    ("msgstr", "found"),
    [
        ("The shares to be acquired are 10.5 mn common and 1.4 mn preferred shares.", False),
        ("The shares to be acquired are 10.5mn common and 1.4 mln preferred shares.", False),
        ("The shares to be acquired are 1.05 mn common and 1.4 mn preferred shares.", True),
    ],
)
def test_millions(msgstr: str, found: bool) -> None:
    assert ("PR404" in translation_codes("en", BUYBACK_KO, msgstr, with_info=False)) is found
