"""PR404: the change of a count or an amount given with its scale word or in thousands,
as statistics offices and results releases give the change from a year before ('4万世帯の
増加', '23만 명 감소', 'an increase of 40,000', 'down ¥3.5 billion'), keeps its direction in
the translation, whichever way each language scales the figure; a change said the same way,
or said of nothing beside the figure, is not reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HOUSEHOLDS_JA = "単身世帯数は1,215万世帯で、前年に比べ4万世帯の増加となった。"
JOBLESS_KO = "실업자는 81만 명으로 지난해 같은 달보다 23만 명 감소했다."
COST_JA = "物流費は前年同期比35億円減少した。"
ORDERS_EN = "New orders rose by 12,500 to 418,000 in the quarter."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            HOUSEHOLDS_JA,
            "Single-person households: 12.15 million, up 40,000 on the year.",
            False,
        ),
        (
            "en",
            HOUSEHOLDS_JA,
            "Single-person households: 12.15 million, an increase of 40,000.",
            False,
        ),
        ("en", JOBLESS_KO, "Unemployment fell by 230,000 on the year to 810,000.", False),
        ("ja", JOBLESS_KO, "失業者は81万人で、前年同月より23万人減少した。", False),
        ("en", COST_JA, "Logistics costs fell ¥3.5 billion year on year.", False),
        ("ja", ORDERS_EN, "四半期の新規受注は1万2,500件増えて41万8,000件となった。", False),
        (
            "en",
            HOUSEHOLDS_JA,
            "Single-person households: 12.15 million, down 40,000 on the year.",
            True,
        ),
        ("en", JOBLESS_KO, "Unemployment rose by 230,000 on the year to 810,000.", True),
        ("ja", JOBLESS_KO, "失業者は81万人で、前年同月より23万人増加した。", True),
        ("en", COST_JA, "Logistics costs rose ¥3.5 billion year on year.", True),
    ],
)
def test_change_keeps_its_direction(locale: str, msgid: str, msgstr: str, found: bool) -> None:
    assert ("PR404" in translation_codes(locale, msgid, msgstr, with_info=False)) is found
