"""PR410 on the Korean prefixes that say a person or a household is without a thing or not
yet in a state ('무주택 청년': young people who do not own a home, '무자녀 가구', '미취업',
'비수도권', '불법'): a translation's 'not' for them adds no negation, and a translation
that drops the one every translation gives ('young people who own a home') is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RENT = "무주택 청년에게 월세를 지원한다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RENT, "Rent support is given to young people who do not own a home."),
        ("en", RENT, "Rent support is given to young non-homeowners."),
        ("en", RENT, "Rent support is given to young people without a home of their own."),
        ("ja", RENT, "住宅を所有していない青年に家賃を支援する。"),
        ("ja", RENT, "無住宅の青年に家賃を支援する。"),
        # the household that rents is the one that owns no home
        ("en", RENT, "Rent support is given to young tenants."),
        ("en", RENT, "Rent support is given to young renters."),
        ("en", "무자녀 가구도 신청할 수 있다.", "Households with no children can also apply."),
        ("en", "미취업 청년을 지원한다.", "It supports young people who are not in work."),
        ("en", "비수도권 기업에 우선 배정한다.", "Companies not in the capital area come first."),
        ("en", "불법 광고를 단속한다.", "It cracks down on advertising that is not lawful."),
        ("ja", "미성년자는 보호자 동의가 필요하다.", "未成年者は保護者の同意が必要だ。"),
    ],
)
def test_a_negating_prefix_said_with_not(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RENT, "Rent support is given to young people who own a home."),
        ("ja", RENT, "住宅を所有している青年に家賃を支援する。"),
        ("en", "무자녀 가구도 신청할 수 있다.", "Households with children can also apply."),
        # a word that only starts so ('무역': trade) says no negation
        ("en", "무역 지원을 늘린다.", "It will not expand trade support."),
    ],
)
def test_a_negation_dropped_or_added(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
