"""PR410 on a vaccination's kind: routine (the programme the law sets: '定期接種',
'정기접종', 'routine immunization') said as voluntary ('任意接種', '임의접종', 'optional
vaccination'), or the other way round. Who may have it and who pays turn on the kind,
while every age, dose and price stays, so nothing was reported. The kind kept in any
words, a sentence naming both kinds and a vaccination whose kind one side leaves out stay
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ROUTINE_EN = "The city will add the HPV vaccine to routine immunizations for girls aged 12."
VOLUNTARY_EN = "Adults under 60 may have the shingles vaccine as voluntary vaccination."
ROUTINE_JA = "西山町では4月から高齢者の肺炎球菌ワクチンの定期接種が始まります。"
VOLUNTARY_KO = "50세 미만은 임의접종으로 1회 5만 원을 본인이 부담한다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROUTINE_EN, "市は12歳の女子を対象とするHPVワクチンを定期接種に加えます。"),
        ("ko", ROUTINE_EN, "시는 12세 여아 대상 HPV 백신을 국가예방접종에 추가한다."),
        ("ja", VOLUNTARY_EN, "60歳未満の成人は、任意接種として帯状疱疹ワクチンを受けられます。"),
        ("en", ROUTINE_JA, "Routine pneumococcal vaccination of older people starts in April."),
        ("en", VOLUNTARY_KO, "People under 50 pay 50,000 won a dose as optional vaccination."),
        # the kind left out on one side
        ("ko", VOLUNTARY_EN, "60세 미만 성인은 대상포진 백신을 접종받을 수 있다."),
        # both kinds named in the source: which one is the translation's is not read
        ("ja", "Those not eligible for routine vaccination may have voluntary vaccination.",
         "定期接種の対象外の方は任意接種を受けられます。"),
    ],
)  # fmt: skip
def test_the_kind_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROUTINE_EN, "市は12歳の女子を対象とするHPVワクチンを任意接種に加えます。"),
        ("ko", ROUTINE_EN, "시는 12세 여아 대상 HPV 백신을 임의접종에 추가한다."),
        ("ko", VOLUNTARY_EN, "60세 미만 성인은 정기접종으로 대상포진 백신을 맞을 수 있다."),
        ("en", ROUTINE_JA, "Voluntary pneumococcal vaccination of older people starts in April."),
        ("en", VOLUNTARY_KO, "People under 50 pay 50,000 won a dose as routine vaccination."),
    ],
)  # fmt: skip
def test_the_kind_turned_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
