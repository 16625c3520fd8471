"""PR410: a bound written after its figure ('15% 이상', '3年以上', '65세 이하') is a limit
the translation must keep ('at least 15%', '15% or more', '以上'); stated as an exact
figure it is reported. '2건의 이상반응' (adverse events) is no bound."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WALK = "참가자의 41.7%가 하루 8,000보 이상 걸었다."
TENURE = "対象は勤続3年以上の社員です。"
EVENTS = "투여군에서 2건의 이상반응이 보고됐다."


def _limits(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", WALK, "41.7% of participants walked at least 8,000 steps a day."),
        ("en", WALK, "41.7% of participants walked 8,000 steps or more a day."),
        ("ja", WALK, "参加者の41.7％が1日8,000歩以上歩きました。"),
        ("en", TENURE, "It is open to employees with three years or more of service."),
        ("en", TENURE, "It is open to employees with at least 3 years of service."),
        ("ko", TENURE, "대상은 근속 3년 이상인 직원이다."),
        ("en", EVENTS, "Two adverse events were reported in the treatment group."),
    ],
)
def test_bound_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _limits(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", WALK, "41.7% of participants walked 8,000 steps a day.", "8,000보 이상"),
        ("ja", WALK, "参加者の41.7％が1日8,000歩歩きました。", "8,000보 이상"),
        ("en", TENURE, "It is open to employees with 3 years of service.", "3年以上"),
    ],
)
def test_bound_dropped(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _limits(locale, msgid, msgstr)
    assert len(messages) == 1 and f"'{found}'" in messages[0], messages
