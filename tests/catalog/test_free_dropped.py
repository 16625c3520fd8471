"""PR410 on a price the source says is free that the translation leaves unsaid ('生活保護
世帯の方は無料で接種できます' as '기초생활수급 가구는 접종할 수 있다', 'Admission is free'
as '入場できます'): no sum was added, so free_priced saw nothing, and a vaccination or a
service offered free read as one paid for. Free said in other words ('自己負担なし',
'全額公費', '본인부담금 없이', 'at no cost', 'the city covers the full cost'), free said
as paid (the reversal's), 'free-to-play' and what a thing is free of ('free of
preservatives', 'thimerosal-free') stay silent here."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ASSISTED_JA = "生活保護世帯の方は無料で接種できます。"
ENTRY_EN = "Admission is free, and no booking is needed."
SHOTS_KO = "65세 이상 어르신은 보건소에서 무료로 접종받을 수 있다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ASSISTED_JA, "기초생활수급 가구는 무료로 접종할 수 있다."),
        ("en", ASSISTED_JA, "Households on public assistance can be vaccinated at no cost."),
        ("en", ASSISTED_JA, "For households on public assistance, the city covers the full cost."),
        ("ko", ASSISTED_JA, "기초생활수급 가구는 본인부담금 없이 접종할 수 있다."),
        ("ja", ENTRY_EN, "入場は無料で、予約は不要です。"),
        ("ko", ENTRY_EN, "입장료는 없으며 예약도 필요 없다."),
        ("ja", SHOTS_KO, "65歳以上の方は保健所で自己負担なしで接種を受けられます。"),
        ("ja", SHOTS_KO, "65歳以上の方は保健所で全額公費により接種を受けられます。"),
        ("en", SHOTS_KO, "People aged 65 and over can be vaccinated free at health centers."),
        # what a thing is free of, not its price
        ("ja", "The vaccine is free of preservatives.", "保存料は含まれていません。"),
        ("ko", "The vaccine is thimerosal-free.", "이 백신은 티메로살을 함유하지 않는다."),
    ],
)
def test_free_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ASSISTED_JA, "기초생활수급 가구는 접종할 수 있다."),
        ("en", ASSISTED_JA, "Households on public assistance can be vaccinated."),
        ("ja", SHOTS_KO, "65歳以上の方は保健所で接種を受けられます。"),
        ("en", SHOTS_KO, "People aged 65 and over can be vaccinated at public health centers."),
    ],
)
def test_free_dropped_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


# education and retail: what a plan or a school gives free, said by 'free' before it
# ('free access', 'a 14-day free trial', 'free tutoring'): only 'is free' and 'free of
# charge' were read, so the word dropped went unreported
ACCESS_EN = "Schools in the pilot keep free access until February 2027."
TRIAL_EN = "Families get a 14-day free trial."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ACCESS_EN, "시범 학교는 2027년 2월까지 무료로 이용할 수 있다."),
        ("ja", ACCESS_EN, "試験導入校は2027年2月まで無償で利用できます。"),
        ("ja", TRIAL_EN, "ご家庭向けに14日間の無料体験を用意しています。"),
        # 'free' of another sense, or of what a thing is without
        ("ko", "Employees get more free time.", "직원들은 여가 시간이 늘어난다."),
        ("ja", "Duty-free shipping is included.", "免税配送が含まれます。"),
        ("ko", "The two sides signed a free trade agreement.", "양측은 자유무역협정에 서명했다."),
    ],
)
def test_a_free_offer_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ACCESS_EN, "시범 학교는 2027년 2월까지 이용할 수 있다."),
        ("ja", ACCESS_EN, "試験導入校は2027年2月まで利用できます。"),
        ("ko", TRIAL_EN, "가정에는 14일 체험 기간이 제공된다."),
    ],
)
def test_a_free_offer_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
