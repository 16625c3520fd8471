"""PR404: a dose or volume given in another metric prefix of its unit ('500μg' as
'0.5 mg', '250 mL' as '0.25 L', '0.2 mg' as '200 µg') is the same quantity, not a changed
figure; the same figure with another prefix ('300 mg' as '300 μg') and a conversion off
by a thousand ('500μg' as '0.5 g') are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

DOSE_KO = "시험군 환자에게는 500μg을 1일 1회 투여했다."
INFUSION_EN = "Each vial holds 0.2 mg of the active substance in 250 mL of solution."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", DOSE_KO, "Patients in the treatment arm received 0.5 mg once daily."),
        ("ja", DOSE_KO, "試験群の患者には0.5mgを1日1回投与しました。"),
        ("ja", INFUSION_EN, "各バイアルには有効成分200µgが溶液0.25Lに含まれています。"),
        ("ko", INFUSION_EN, "각 바이알에는 유효 성분 200㎍이 용액 0.25리터에 들어 있다."),
    ],
)
def test_dose_in_another_prefix_is_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", DOSE_KO, "Patients in the treatment arm received 500 mg once daily."),
        ("en", DOSE_KO, "Patients in the treatment arm received 0.5 g once daily."),
        ("ja", INFUSION_EN, "各バイアルには有効成分200mgが溶液250mLに含まれています。"),
    ],
)
def test_dose_changed_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
