"""PR404: a decimal written without its leading zero, as medical journals and their
press releases write p-values ('P = .003', 'P<.05', '(.82)'), is the same figure as
'p=0.003'; a changed one ('.03' for 0.003) is still reported, and a point after a word or
a figure ('No.3', 'v.2') starts no decimal."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HAZARD_JA = "ハザード比は0.71（95％信頼区間：0.55～0.90、p=0.004）でした。"
SIGNIFICANT_KO = "두 군의 차이는 통계적으로 유의했다(p<0.05)."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HAZARD_JA, "The hazard ratio was 0.71 (95% CI, 0.55-0.90; P = .004)."),
        ("en", SIGNIFICANT_KO, "The difference between the arms was significant (P<.05)."),
        ("ja", "The correlation coefficient was .64.", "相関係数は0.64でした。"),
        ("en", "第3号議案は原案どおり承認されました。", "Proposal No.3 was approved as proposed."),
    ],
)
def test_same_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HAZARD_JA, "The hazard ratio was 0.71 (95% CI, 0.55-0.90; P = .04)."),
        ("en", SIGNIFICANT_KO, "The difference between the arms was significant (P<.5)."),
    ],
)
def test_changed_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
