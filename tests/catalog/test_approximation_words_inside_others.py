"""PR410: a word of approximation or bound is one only beside its figure. Inside another
word ('契約', '予約', 'このほど', '余震', '強い雨', '계약', '예약', '여러', '여행') it no
longer hides an 'about' or 'up to' of the source that the translation drops; said of the
figure ('1万人強', '約1,200人', '300여 명', '약 3,200명') it keeps it."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

STAFF = "The operator employs about 3,200 people under the new contract."
RAIN = "Up to 50 mm of rain per hour is expected in coastal areas."
EVACUEES = "Some 1,200 residents left their homes after the aftershocks."


def _limits(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", STAFF, "새 계약에 따라 운영사는 3,200명을 고용한다.", "about 3,200"),
        ("ko", STAFF, "운영사는 여러 지역에서 3,200명을 고용한다.", "about 3,200"),
        ("ja", STAFF, "新たな契約のもとで、運営会社は3,200人を雇用します。", "about 3,200"),
        ("ja", RAIN, "沿岸部では1時間に50mmの強い雨が予想されます。", "Up to 50"),
        ("ja", EVACUEES, "余震を受けて、住民1,200人が自宅を離れました。", "Some 1,200"),
        ("ja", EVACUEES, "このほど、住民1,200人が余震を受けて自宅を離れました。", "Some 1,200"),
    ],
)
def test_limit_dropped_beside_a_word_holding_one(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert _limits(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", STAFF, "새 계약에 따라 운영사는 약 3,200명을 고용한다."),
        ("ko", STAFF, "새 계약에 따라 운영사는 3,200여 명을 고용한다."),
        ("ko", STAFF, "새 계약에 따라 운영사는 3,200여명을 고용한다."),
        ("ja", STAFF, "新たな契約のもとで、運営会社は約3,200人を雇用します。"),
        ("ja", STAFF, "新たな契約のもとで、運営会社は3,200人強を雇用します。"),
        ("ja", STAFF, "新たな契約のもとで、運営会社は3,200人近くを雇用します。"),
        ("ja", RAIN, "沿岸部では1時間に最大50mmの強い雨が予想されます。"),
        ("ko", RAIN, "해안 지역에는 시간당 최대 50mm의 비가 예상된다."),
        ("ja", EVACUEES, "余震を受けて、住民1,200人ほどが自宅を離れました。"),
    ],
)
def test_approximation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _limits(locale, msgid, msgstr) == []
