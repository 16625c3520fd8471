"""PR404 on a tender offer's minimum and maximum given the other way round: '최소 420만
주에서 최대 610만 주' as 'a minimum of 6.1 million and a maximum of 4.2 million', '下限は
7,420,000株' as '상한은 742만 주'. The bound word may take a topic particle ('下限は',
'하한은') and the figure a scale ('420만'); 상한 and 하한 are Korean's upper and lower
limits."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RANGE_KO = "매수 예정 주식 수는 최소 350만 주에서 최대 520만 주다."
FLOOR_JA = "買付予定数の下限は5,180,000株であり、上限は設けておりません。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        (
            "en",
            RANGE_KO,
            "The offer seeks a minimum of 3.5 million and a maximum of 5.2 million shares.",
            [],
        ),
        (
            "en",
            RANGE_KO,
            "The offer seeks a minimum of 5.2 million and a maximum of 3.5 million shares.",
            ["PR404", "PR404"],
        ),
        ("ko", FLOOR_JA, "매수 예정 수량의 하한은 518만 주이며, 상한은 두지 않는다.", []),
        ("ko", FLOOR_JA, "매수 예정 수량의 상한은 518만 주이며, 하한은 두지 않는다.", ["PR404"]),
    ],
)
def test_the_bounds(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes


# English names the bound as the subject too: 'The minimum number of shares to be
# purchased is …', 'Maximum number of shares to be acquired: …'
MINIMUM_EN = "The minimum number of shares to be purchased in the Tender Offer is 5,180,000."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        (
            "en",
            FLOOR_JA,
            "The minimum number of shares to be purchased is 5,180,000, with no maximum.",
            [],
        ),
        (
            "en",
            FLOOR_JA,
            "The maximum number of shares to be purchased is 5,180,000, with no minimum.",
            ["PR404"],
        ),
        ("ja", MINIMUM_EN, "本公開買付けにおける買付予定数の下限は5,180,000株です。", []),
        ("ja", MINIMUM_EN, "本公開買付けにおける買付予定数の上限は5,180,000株です。", ["PR404"]),
        (
            "ko",
            "Maximum number of shares to be acquired: 3,000,000",
            "취득 예정 주식 수 상한: 300만 주",
            [],
        ),
        (
            "ko",
            "Maximum number of shares to be acquired: 3,000,000",
            "취득 예정 주식 수 하한: 300만 주",
            ["PR404"],
        ),
        # a figure beside such a word but not its subject's
        ("ja", "The minimum wage is 1,200 yen an hour.", "最低賃金は時給1,200円です。", []),
    ],
)
def test_the_bound_named_as_the_subject(
    locale: str, msgid: str, msgstr: str, codes: list[str]
) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes
