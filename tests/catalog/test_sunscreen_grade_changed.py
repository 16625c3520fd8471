"""PR404 on a sunscreen's protection grades the translation gives otherwise: PA's plus
signs ('PA++++' as 'PA+++') and SPF's plus ('SPF50+' as 'SPF50'), which no figure told
apart. The grades kept, written in full width, with a space or in another order, stay
silent; another SPF number is reported once, as the figure it is."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

EN = "Hoshino UV Milk (SPF50+, PA++++, 40 mL) is a quasi-drug."
JA = "「ホシノ UVミルク」（SPF50+・PA++++、40mL、医薬部外品）"
KO = "호시노 UV 밀크(SPF50+/PA+++, 40mL)는 자외선 차단 기능성 화장품이다."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "「ホシノ UVミルク」（SPF50+・PA++++、40mL）は医薬部外品です。"),
        ("ko", EN, "호시노 UV 밀크(SPF 50+, PA++++, 40mL)는 의약외품이다."),
        ("en", JA, "Hoshino UV Milk (SPF50+, PA++++, 40 mL, quasi-drug)"),
        ("en", JA, "Hoshino UV Milk (PA++++ and SPF50+; 40 mL; quasi-drug)"),
        ("en", JA, "Hoshino UV Milk (ＳＰＦ５０＋・ＰＡ＋＋＋＋, 40 mL, quasi-drug)"),
        ("en", KO, "Hoshino UV Milk (SPF50+/PA+++, 40 mL) is a functional sunscreen."),
        # the grade left out is no other grade
        ("en", KO, "Hoshino UV Milk (SPF50+, 40 mL) is a functional sunscreen."),
    ],
)
def test_the_same_grades(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", EN, "「ホシノ UVミルク」（SPF50+・PA+++、40mL）は医薬部外品です。", "'PA+++'"),
        ("ko", EN, "호시노 UV 밀크(SPF50, PA++++, 40mL)는 의약외품이다.", "'SPF50'"),
        ("en", JA, "Hoshino UV Milk (SPF50+, PA++, 40 mL, quasi-drug)", "'PA++'"),
        ("en", KO, "Hoshino UV Milk (SPF50+/PA++++, 40 mL) is a functional sunscreen.", "'PA++++'"),
    ],
)
def test_another_grade(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages


def test_another_spf_number_is_reported_once() -> None:
    messages = _pr404("ja", EN, "「ホシノ UVミルク」（SPF30+・PA++++、40mL）は医薬部外品です。")
    assert len(messages) == 1, messages
