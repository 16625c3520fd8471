"""PR410: a Japanese source that says there is none of a thing ('影響はない', '差はなく',
'変更もない', '問題がなかった') negates as '影響はありません' does: a translation that drops
it is reported; one that keeps it in any words is not, nor are idioms that end so ('間も
なく': soon)."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NO_IMPACT = "当社は、本件による当期の業績への影響はないと見込んでおります。"
NO_DIFFERENCE = "有害事象の発現率に両群間で差はなく、新たな安全性シグナルも認められました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            NO_IMPACT,
            "The Company expects this to have an impact on its results for the year.",
        ),
        ("ko", NO_IMPACT, "회사는 이번 건이 당기 실적에 영향을 미칠 것으로 예상한다."),
        (
            "en",
            NO_DIFFERENCE,
            "Adverse event rates differed between the groups, and new safety signals were seen.",
        ),
    ],
)
def test_none_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NO_IMPACT, "The Company does not expect this to affect its results for the year."),
        ("en", NO_IMPACT, "The Company expects no impact on its results for the year."),
        ("ko", NO_IMPACT, "회사는 이번 건이 당기 실적에 미치는 영향은 없을 것으로 본다."),
        ("en", "新工場は間もなく稼働を開始します。", "The new plant will start operating soon."),
    ],
)
def test_none_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
