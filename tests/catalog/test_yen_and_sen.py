"""PR404 on a per-share amount in yen and sen ('182円40銭'), as Japanese results and
forecasts give earnings per share: official translations write '¥182.40' and
'182.40엔', one amount, not the numbers 182 and 40."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_EPS = "1株当たり当期純利益は241円15銭となる見込みです。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", _EPS, "Basic EPS is expected to be ¥241.15."),
        ("ko", _EPS, "주당 순이익은 241.15엔이 될 전망이다."),
        ("en", "1株当たり配当金は1,020円05銭です。", "The dividend per share is ¥1,020.05."),
        ("en", "1株当たり純資産は3,150円です。", "Net assets per share are ¥3,150."),
    ],
)
def test_yen_and_sen_read_as_one_amount(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "Basic EPS is expected to be ¥214.15."),
        ("en", "Basic EPS is expected to be ¥241."),
        ("ko", "주당 순이익은 241.51엔이 될 전망이다."),
        ("en", "Basic EPS is expected to be $241.15."),
    ],
)
def test_a_changed_amount_is_still_reported(locale: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, _EPS, msgstr, with_info=False)
